import path from 'node:path';
import { Command } from 'commander';
import { BOOK_KINDS } from '../../app/editions.ts';
import { UsageError } from '../../errors.ts';
import { messages } from '../../i18n/messages.ts';
import { progress } from '../../io/progress.ts';
import type { Io } from '../../io/io.ts';
import { commandLang, draftOption, editionsOption, epochOption, outputDirOption, writeFailure, requestedLang, withCommonOptions, withEditionOptions, type CommonOptions } from '../options.ts';
import { printProblems, printWritten } from '../../io/print.ts';

interface BuildOptions extends CommonOptions {
  out: string;
  format: string;
  draft?: boolean;
  final?: boolean;
  strict?: boolean;
  book: string;
}

/** `masterplan build`: check, then write the PDF and HTML editions atomically. */
export function buildCommand(io: Io, done: (code: number) => void): Command {
  return withEditionOptions(withCommonOptions(new Command('build')))
    .description('susun buku PDF dan HTML / build the PDF and HTML book')
    .option('--strict', 'peringatan juga menggagalkan / warnings fail too')
    .option('--book <satu|ringkasan>', 'Buku Satu, atau ringkasan eksekutif untuk Wali Kota / Buku Satu, or the executive summary', 'satu')
    .action(async (options: BuildOptions) => {
      const said = commandLang(options, io);
      const book = BOOK_KINDS.find((k) => k === options.book);
      if (!book) throw new UsageError(messages(said).badFormat(options.book, BOOK_KINDS.join(', ')));
      const lang = requestedLang(options);
      const draft = draftOption(options, said);
      const editions = editionsOption(options.format, said);
      const epoch = epochOption(io.env, said);
      const outDir = outputDirOption(options.out, io.cwd, options.content, said);
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
        onChecked: (result) => printProblems(io, result),
      });
      if (!run.rendered) {
        const text = messages(run.result.lang);
        io.stderr.write(`${run.result.errors > 0 ? text.buildRefused(run.result.errors) : text.buildRefusedStrict(run.result.warnings)}\n`);
        return done(1);
      }
      const written = await writeRendered(outDir, run.rendered).catch((error: unknown) => {
        throw writeFailure(error, options.out, run.result.lang);
      });
      printWritten(io, written, run.result.lang);
      done(0);
    });
}
