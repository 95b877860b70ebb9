import path from 'node:path';
import { messages } from "../i18n/messages.js";
import { stylish } from "../report/stylish.js";
/** Whether to colour what goes to `out`: only on a terminal, and never under NO_COLOR. */
export function useColour(io, out) {
    return out.isTTY && !io.env.NO_COLOR;
}
/** A path as the user reads it: relative to where they are, with `/`. */
export function shownPath(io, file) {
    return path.relative(io.cwd, file).split(path.sep).join('/');
}
/** The check's problems on stderr, as `build`, `watch` and `serve` show them before rendering. */
export function printProblems(io, result) {
    if (result.diagnostics.length > 0)
        io.stderr.write(stylish(result, { color: useColour(io, io.stderr), lang: result.lang }));
}
/** "Ditulis: dist/buku-satu.pdf" for each edition written (the assets beside them go unnamed). */
export function printWritten(io, written, lang) {
    for (const file of written.filter((f) => /(buku-satu|ringkasan-eksekutif)\.(pdf|html)$/.test(f)))
        io.stdout.write(`${messages(lang).wrote(shownPath(io, file))}\n`);
}
