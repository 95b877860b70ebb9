import path from 'node:path';
import { Command } from 'commander';
import { BOOK_KINDS } from '../../app/editions.ts';
import { UsageError } from '../../errors.ts';
import { messages } from '../../i18n/messages.ts';
import { progress } from '../../io/progress.ts';
import type { Io } from '../../io/io.ts';
import { cacheOption, commandLang, draftOption, noteUnwrittenCache, withCacheOptions, editionsOption, epochOption, outputDirOption, writeFailure, requestedLang, withCommonOptions, withEditionOptions, type CommonOptions } from '../options.ts';
import { printLayoutProblems, printProblems, printWritten } from '../../io/print.ts';

interface BuildOptions extends CommonOptions {
  out: string;
  format: string;
  draft?: boolean;
  final?: boolean;
  strict?: boolean;
  book: string;
  changesSince?: string;
  changed?: boolean;
  base?: string;
  assetsDir?: boolean;
  bleed?: string;
  cache?: boolean;
  cacheLocation?: string;
}

const BUILD_WORDS = {
  id: {
    changedAlone: '`--changed` membuat pratinjau perubahan sendiri: jangan gabungkan dengan `--book ringkasan` atau `--changes-since`.',
    badBleed: (value: string) => `\`--bleed ${value}\` tidak sah: tulis milimeter dari 0 sampai 10, misalnya \`--bleed 3\` (yang biasa diminta percetakan).`,
  },
  en: {
    changedAlone: '`--changed` makes a preview of its own: do not combine it with `--book ringkasan` or `--changes-since`.',
    badBleed: (value: string) => `\`--bleed ${value}\` is not valid: give millimetres from 0 to 10, e.g. \`--bleed 3\` (what print shops usually ask for).`,
  },
} as const;

/** `masterplan build`: check, then write the PDF and HTML editions atomically. */
export function buildCommand(io: Io, done: (code: number) => void): Command {
  return withCacheOptions(withEditionOptions(withCommonOptions(new Command('build'))))
    .description('susun buku PDF dan HTML / build the PDF and HTML book')
    .option('--strict', 'peringatan juga menggagalkan / warnings fail too')
    .option('--changes-since <ref>', 'tambahkan lampiran perubahan sejak ref git (mis. tag edisi-1) / add the change annex since a git ref (e.g. the tag edisi-1)')
    .option('--bleed <mm>', 'bleed untuk percetakan dalam mm, mis. 3 (TrimBox, BleedBox, tanda potong) / bleed for a print shop in mm, e.g. 3')
    .option('--assets-dir', 'gambar HTML di folder assets/, bukan di dalam halaman / HTML images in assets/, not inside the page')
    .option('--changed', 'pratinjau: hanya inisiatif yang berubah sejak basis git / preview: only the initiatives changed since the git merge base')
    .option('--base <ref>', 'basis untuk --changed / base for --changed (default: CI target branch, else origin/main or main)')
    .option('--book <satu|ringkasan>', 'Buku Satu, atau ringkasan eksekutif untuk Wali Kota / Buku Satu, or the executive summary', 'satu')
    .action(async (options: BuildOptions) => {
      const said = commandLang(options, io);
      const book = BOOK_KINDS.find((k) => k === options.book);
      if (!book) throw new UsageError(messages(said).badFormat(options.book, BOOK_KINDS.join(', ')));
      const changed = options.changed || options.base !== undefined ? { ...(options.base !== undefined ? { base: options.base } : {}) } : undefined;
      if (changed && (options.book !== 'satu' || options.changesSince !== undefined)) throw new UsageError(BUILD_WORDS[said].changedAlone);
      const bleed = options.bleed === undefined ? undefined : Number(options.bleed);
      if (bleed !== undefined && !(Number.isFinite(bleed) && bleed >= 0 && bleed <= 10 && /^\d+(\.\d+)?$/.test(options.bleed!))) throw new UsageError(BUILD_WORDS[said].badBleed(options.bleed!));
      const lang = requestedLang(options);
      const draft = draftOption(options, said);
      const editions = editionsOption(options.format, said);
      const epoch = epochOption(io.env, said);
      const outDir = outputDirOption(options.out, io.cwd, options.content, said);
      const cache = cacheOption(options, io.cwd);
      const { produce, writeRendered } = await import('../../app/produce.ts');
      const run = await produce({
        cwd: io.cwd,
        content: options.content,
        ...(lang ? { lang } : {}),
        ...(draft !== undefined ? { draft } : {}),
        editions,
        book,
        ...(options.strict ? { strict: true } : {}),
        progress: progress(io.stderr, io.env),
        ...(epoch !== undefined ? { sourceDateEpoch: epoch } : {}),
        onChecked: (result) => {
          printProblems(io, result);
          noteUnwrittenCache(io, result);
        },
        ...(cache ? { cache } : {}),
        ...(options.changesSince !== undefined ? { changesSince: options.changesSince } : {}),
        ...(changed ? { changed } : {}),
        ...(options.assetsDir ? { htmlAssets: 'files' as const } : {}),
        ...(bleed !== undefined ? { bleedMm: bleed } : {}),
        // The page is made while it is written: a national book never sits whole in memory.
        streamed: true,
        env: io.env,
        onNote: (note) => io.stderr.write(`${note}\n`),
      });
      if (!run.rendered) {
        const text = messages(run.result.lang);
        io.stderr.write(`${run.result.errors > 0 ? text.buildRefused(run.result.errors) : text.buildRefusedStrict(run.result.warnings)}\n`);
        return done(1);
      }
      // Layout finds what the check cannot (a table too wide even for a landscape page).
      const late = printLayoutProblems(io, run.result, run.rendered.diagnostics);
      if (options.strict && late > 0) {
        io.stderr.write(`${messages(run.result.lang).buildRefusedStrict(late)}\n`);
        return done(1);
      }
      const written = await writeRendered(outDir, run.rendered).catch((error: unknown) => {
        throw writeFailure(error, options.out, run.result.lang);
      });
      printWritten(io, written, run.result.lang);
      done(0);
    });
}
