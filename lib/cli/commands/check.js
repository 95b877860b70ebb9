import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import { UsageError } from "../../errors.js";
import { changedScope } from "../../git/scope.js";
import { messages } from "../../i18n/messages.js";
import { loadBook } from "../../app/load-book.js";
import { displayPath } from "../../content/source.js";
import { githubStepSummary } from "../../report/github.js";
import { FORMATTERS } from "../../report/index.js";
import { commandLang, requestedLang, withCommonOptions } from "../options.js";
/** The format to print: `--format`, else the CI system's own, else stylish. */
export function defaultFormat(env) {
    if (env.GITHUB_ACTIONS === 'true' && FORMATTERS.github)
        return 'github';
    if (env.GITLAB_CI === 'true' && FORMATTERS.gitlab)
        return 'gitlab';
    return 'stylish';
}
/** `--changed` (or `--base`, which implies it): which diagnostics to report; its notes go to stderr. */
async function changedFilter(io, options, result) {
    if (!options.changed && options.base === undefined)
        return undefined;
    const base = options.base !== undefined ? { base: options.base } : {};
    const scope = await changedScope({ cwd: io.cwd, contentDir: result.book.contentDir, env: io.env, lang: result.lang, ...base });
    for (const note of scope.notes)
        io.stderr.write(`${note}\n`);
    return scope.keep;
}
/** Append to GitHub's step summary (when there is one): a pull request shows only 10 annotations per step. */
async function writeStepSummary(io, text) {
    const file = io.env.GITHUB_STEP_SUMMARY;
    if (!file)
        return;
    await appendFile(path.resolve(io.cwd, file), text).catch((error) => io.stderr.write(`GITHUB_STEP_SUMMARY: ${error instanceof Error ? error.message : String(error)}\n`));
}
/** `masterplan check [files…]`: validate the book and print the diagnostics. */
export function checkCommand(io, done) {
    return withCommonOptions(new Command('check'))
        .description('periksa buku / validate the book')
        .argument('[files...]', 'hanya laporkan berkas ini / report only these files')
        .option('--format <name>', `format laporan / report format: ${Object.keys(FORMATTERS).join(', ')}`)
        .option('--strict', 'peringatan juga menggagalkan / warnings fail too')
        .option('--changed', 'hanya berkas yang berubah sejak basis git / only files changed since the git merge base')
        .option('--base <ref>', 'basis untuk --changed / base for --changed (default: CI target branch, else origin/main or main)')
        .action(async (files, options) => {
        const said = commandLang(options, io);
        const format = options.format ?? defaultFormat(io.env);
        const formatter = FORMATTERS[format];
        if (!formatter)
            throw new UsageError(messages(said).badFormat(format, Object.keys(FORMATTERS).join(', ')));
        const lang = requestedLang(options);
        const result = await loadBook({ cwd: io.cwd, content: options.content, ...(lang ? { lang } : {}) });
        // Named files may be absolute or written with ./ or \\; diagnostics use cwd-relative paths with /.
        const wanted = new Set(files.map((f) => displayPath(io.cwd, path.resolve(io.cwd, f))));
        const inScope = await changedFilter(io, options, result);
        const diagnostics = result.diagnostics.filter((d) => (!wanted.size || wanted.has(d.file)) && (!inScope || inScope(d)));
        const errors = diagnostics.filter((d) => d.severity === 'error').length;
        const warnings = diagnostics.length - errors;
        const report = { files: result.files, errors, warnings, diagnostics };
        const context = { color: io.stdout.isTTY && !io.env.NO_COLOR, lang: result.lang };
        io.stdout.write(formatter(report, context));
        if (format === 'github')
            await writeStepSummary(io, githubStepSummary(report, context));
        done(errors > 0 || (options.strict && warnings > 0) ? 1 : 0);
    });
}
