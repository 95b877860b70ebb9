import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Lang } from '../i18n/lang.ts';
import { messages } from '../i18n/messages.ts';
import type { ReportInput } from '../report/format.ts';
import { stylish } from '../report/stylish.ts';
import type { Io, Output } from './io.ts';

/**
 * Whether to colour what goes to `out`: FORCE_COLOR (other than 0 or false) asks for colour
 * anywhere, NO_COLOR forbids it, otherwise only on a terminal.
 */
export function useColour(io: Pick<Io, 'env'>, out: Pick<Output, 'isTTY'>): boolean {
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '0' && force !== 'false') return true;
  if (io.env.NO_COLOR) return false;
  return out.isTTY;
}

/** A path as the user reads it: relative to where they are, with `/`. */
export function shownPath(io: Io, file: string): string {
  return path.relative(io.cwd, file).split(path.sep).join('/');
}

/** The check's problems on stderr, as `build`, `watch` and `serve` show them before rendering. */
export function printProblems(io: Io, result: ReportInput & { lang: Lang }): void {
  if (result.diagnostics.length > 0) io.stderr.write(stylish(result, { color: useColour(io, io.stderr), lang: result.lang }));
}

/** Problems only layout finds (a table too wide even for a landscape page), after the check's; how many there were. */
export function printLayoutProblems(io: Io, result: { files: number; lang: Lang }, diagnostics: readonly Diagnostic[]): number {
  printProblems(io, { files: result.files, errors: 0, warnings: diagnostics.length, diagnostics, lang: result.lang });
  return diagnostics.length;
}

/** "Ditulis: dist/buku-satu.pdf" for each edition written (the assets beside them go unnamed). */
export function printWritten(io: Io, written: readonly string[], lang: Lang): void {
  for (const file of written.filter((f) => /(buku-satu|ringkasan-eksekutif)\.(pdf|html)$/.test(f))) io.stdout.write(`${messages(lang).wrote(shownPath(io, file))}\n`);
}
