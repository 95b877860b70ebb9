import { appendFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { UsageError } from '../../errors.ts';
import type { Lang } from '../../i18n/lang.ts';
import { messages } from '../../i18n/messages.ts';
import type { LoadResult } from '../../app/load-book.ts';
import { displayPath, type SourceFile } from '../../content/source.ts';
import type { ChangeSet } from '../../git/changed-since.ts';
import { isReportFormat, REPORT_FORMATS } from '../../report/names.ts';
import type { Io } from '../../io/io.ts';
import { useColour } from '../../io/print.ts';
import { cacheOption, commandLang, noteUnwrittenCache, requestedLang, withCacheOptions, withCommonOptions, type CommonOptions } from '../options.ts';

const WORDS = {
  id: {
    badLimit: (v: string) => `Nilai \`--max-warnings ${v}\` tidak sah. Tulis bilangan bulat 0 atau lebih, misalnya \`--max-warnings 0\`.`,
    tooManyWarnings: (n: number, max: number) => `Terlalu banyak peringatan: ${n}, batasnya ${max} (--max-warnings).`,
    missingFile: (file: string) => `\`${file}\` tidak ada. Periksa ejaan jalurnya; berkas inisiatif ada di bawah folder konten, misalnya \`content/initiatives/smart-governance/nama.md\`.`,
    outsideBook: (file: string, content: string) => `\`${file}\` bukan bagian dari buku: hanya berkas di bawah \`${content}/\` yang diperiksa. Sebutkan berkas atau folder di dalamnya, atau jalankan \`masterplan check\` tanpa nama berkas.`,
  },
  en: {
    badLimit: (v: string) => `\`--max-warnings ${v}\` is not valid. Write a whole number of 0 or more, e.g. \`--max-warnings 0\`.`,
    tooManyWarnings: (n: number, max: number) => `Too many warnings: ${n}, the limit is ${max} (--max-warnings).`,
    missingFile: (file: string) => `\`${file}\` does not exist. Check the path's spelling; initiative files are under the content folder, e.g. \`content/initiatives/smart-governance/name.md\`.`,
    outsideBook: (file: string, content: string) => `\`${file}\` is not part of the book: only files under \`${content}/\` are checked. Name a file or folder inside it, or run \`masterplan check\` without file names.`,
  },
} satisfies Record<Lang, Record<string, unknown>>;

const checkWords = (lang: Lang) => WORDS[lang];

/** `--max-warnings` as a number; anything but a whole number ≥ 0 is a usage error. */
function warningLimit(value: string | undefined, lang: Lang): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(checkWords(lang).badLimit(value));
  return Number(value);
}

/**
 * What `check <paths…>` reports: a file, or every file under a folder. A path that does not
 * exist, or lies outside the content folder, is a usage error: "no problems" about a file
 * the check never read would be a lie.
 */
async function pathScope(paths: readonly string[], cwd: string, content: string, lang: Lang): Promise<((file: string) => boolean) | undefined> {
  if (paths.length === 0) return undefined;
  const contentDir = path.resolve(cwd, content);
  const inside = (abs: string, dir: string) => abs === dir || abs.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);
  const wanted: { abs: string; folder: boolean }[] = [];
  for (const given of paths) {
    const abs = path.resolve(cwd, given);
    const info = await stat(abs).catch(() => undefined);
    if (!info) throw new UsageError(checkWords(lang).missingFile(given));
    // A folder holding the content folder (the project root) means the whole book.
    if (info.isDirectory() && inside(contentDir, abs)) return undefined;
    if (!inside(abs, contentDir)) throw new UsageError(checkWords(lang).outsideBook(given, displayPath(cwd, contentDir) || content));
    wanted.push({ abs, folder: info.isDirectory() });
  }
  return (file) => {
    const abs = path.resolve(cwd, file);
    return wanted.some((w) => (w.folder ? inside(abs, w.abs) : abs === w.abs));
  };
}

interface CheckOptions extends CommonOptions {
  quiet?: boolean;
  maxWarnings?: string;
  format?: string;
  strict?: boolean;
  changed?: boolean;
  base?: string;
  cache?: boolean;
  cacheLocation?: string;
}

/** The format to print: `--format`, else the CI system's own, else stylish. */
export function defaultFormat(env: Io['env']): string {
  if (env.GITHUB_ACTIONS === 'true') return 'github';
  if (env.GITLAB_CI === 'true') return 'gitlab';
  return 'stylish';
}

/** `--changed` (or `--base`, which implies it): what git says changed, asked before the book is read. */
async function changeSet(io: Io, options: CheckOptions): Promise<ChangeSet | undefined> {
  if (!options.changed && options.base === undefined) return undefined;
  const dir = path.resolve(io.cwd, options.content);
  // A missing content folder is reported by loading the book, as without `--changed`.
  if (!(await stat(dir).catch(() => undefined))?.isDirectory()) return undefined;
  const { changedSince } = await import('../../git/changed-since.ts');
  return changedSince({ cwd: io.cwd, dir, env: io.env, ...(options.base !== undefined ? { base: options.base } : {}) });
}

/** Which diagnostics `--changed` reports; its notes go to stderr. */
async function changedFilter(io: Io, set: ChangeSet | undefined, options: CheckOptions, result: LoadResult): Promise<((d: Diagnostic) => Diagnostic | undefined) | undefined> {
  if (!set) return undefined;
  const { scopeOf } = await import('../../git/scope.ts');
  const scope = scopeOf(set, { cwd: io.cwd, contentDir: result.book.contentDir, env: io.env, lang: result.lang, ...(options.base !== undefined ? { base: options.base } : {}) });
  for (const note of scope.notes) io.stderr.write(`${note}\n`);
  return scope.select;
}

/** Under `--changed`, the unchanged initiative files: only their frontmatter and `#id` links are read. */
async function lightFiles(io: Io, set: ChangeSet | undefined, content: string): Promise<((source: SourceFile) => boolean) | undefined> {
  if (!set) return undefined;
  const { unreportedFiles } = await import('../../git/scope.ts');
  const unreported = unreportedFiles(set, io.cwd, path.resolve(io.cwd, content));
  return unreported && ((source) => unreported(source.display));
}

/** Append to GitHub's step summary (when there is one): a pull request shows only 10 annotations per step. */
async function writeStepSummary(io: Io, text: string): Promise<void> {
  const file = io.env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  await appendFile(path.resolve(io.cwd, file), text).catch((error: unknown) => io.stderr.write(`GITHUB_STEP_SUMMARY: ${error instanceof Error ? error.message : String(error)}\n`));
}

/** `masterplan check [files…]`: validate the book and print the diagnostics. */
export function checkCommand(io: Io, done: (code: number) => void): Command {
  return withCacheOptions(withCommonOptions(new Command('check')))
    .description('periksa buku / validate the book')
    .argument('[files...]', 'hanya laporkan berkas ini / report only these files')
    .option('--format <name>', `format laporan / report format: ${REPORT_FORMATS.join(', ')}`)
    .option('--strict', 'peringatan juga menggagalkan / warnings fail too')
    .option('--changed', 'hanya berkas yang berubah sejak basis git / only files changed since the git merge base')
    .option('--base <ref>', 'basis untuk --changed / base for --changed (default: CI target branch, else origin/main or main)')
    .option('--quiet', 'hanya kesalahan, tanpa peringatan / report errors only')
    .option('--max-warnings <n>', 'gagal bila peringatan lebih dari n / fail when there are more than n warnings')
    .action(async (files: string[], options: CheckOptions) => {
      const said = commandLang(options, io);
      const format = options.format ?? defaultFormat(io.env);
      if (!isReportFormat(format)) throw new UsageError(messages(said).badFormat(format, REPORT_FORMATS.join(', ')));
      const maxWarnings = warningLimit(options.maxWarnings, said);
      const lang = requestedLang(options);
      // Named files may be absolute or written with ./ or \\; diagnostics use cwd-relative paths with /.
      const wanted = await pathScope(files, io.cwd, options.content, said);
      // Loaded here, not at the top: `--help` and the other commands start without the parsers.
      const [{ loadBook }, { FORMATTERS }, { githubStepSummary }] = await Promise.all([import('../../app/load-book.ts'), import('../../report/index.ts'), import('../../report/github.ts')]);
      const formatter = FORMATTERS[format]!;
      const set = await changeSet(io, options);
      const light = await lightFiles(io, set, options.content);
      const cache = cacheOption(options, io.cwd);
      const result = await loadBook({ cwd: io.cwd, content: options.content, ...(lang ? { lang } : {}), ...(cache ? { cache: { ...cache, linksOnly: true } } : {}), ...(light ? { light } : {}) });
      noteUnwrittenCache(io, result);
      const inScope = await changedFilter(io, set, options, result);
      const found = result.diagnostics.flatMap((d) => {
        const kept = !wanted || wanted(d.file) ? (inScope ? inScope(d) : d) : undefined;
        return kept ? [kept] : [];
      });
      const errors = found.filter((d) => d.severity === 'error').length;
      const warnings = found.length - errors;
      const diagnostics = options.quiet ? found.filter((d) => d.severity === 'error') : found;
      const report = { files: result.files, errors, warnings: options.quiet ? 0 : warnings, diagnostics };
      const context = { color: useColour(io, io.stdout), lang: result.lang };
      io.stdout.write(formatter(report, context));
      if (format === 'github') await writeStepSummary(io, githubStepSummary(report, context));
      const tooMany = maxWarnings !== undefined && warnings > maxWarnings;
      if (tooMany) io.stderr.write(`${checkWords(result.lang).tooManyWarnings(warnings, maxWarnings)}\n`);
      done(errors > 0 || (options.strict && warnings > 0) || tooMany ? 1 : 0);
    });
}
