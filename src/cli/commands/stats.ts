import path from 'node:path';
import { Command } from 'commander';
import { UsageError } from '../../errors.ts';
import { messages } from '../../i18n/messages.ts';
import type { LoadResult } from '../../app/load-book.ts';
import { STATS_FORMAT_NAMES } from '../../stats/names.ts';
import { statsWords } from '../../stats/words.ts';
import { progress } from '../../io/progress.ts';
import { watchMessages } from '../../watch/messages.ts';
import type { Io } from '../../io/io.ts';
import { useColour } from '../../io/print.ts';
import { commandLang, requestedLang, withCommonOptions, type CommonOptions } from '../options.ts';

interface StatsOptions extends CommonOptions {
  format: string;
}

/** The check command to suggest, with `--content` when the book is elsewhere. */
export function checkHint(io: Io, content: string): string {
  return path.resolve(io.cwd, content) === path.resolve(io.cwd, 'content') ? 'npx masterplan check' : `npx masterplan check --content ${content}`;
}

/**
 * A book with errors: say so on stderr (the output itself stays clean for pipes), with how
 * many files could not be placed and so are not counted, and return exit code 1.
 */
export function reportPartial(io: Io, result: LoadResult, content: string): number {
  if (result.errors === 0) return 0;
  const files = new Set(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file)).size;
  io.stderr.write(`${statsWords(result.lang).partial(result.errors, files, result.excluded.length, checkHint(io, content))}\n`);
  return 1;
}

/** `masterplan stats`: initiatives and quick wins per dimension, element and OPD; who has not contributed yet. */
export function statsCommand(io: Io, done: (code: number) => void): Command {
  return withCommonOptions(new Command('stats'))
    .description('hitung inisiatif per dimensi, elemen dan OPD / count initiatives per dimension, element and agency')
    .option('--format <name>', `format: ${STATS_FORMAT_NAMES.join(', ')}`, 'table')
    .action(async (options: StatsOptions) => {
      const said = commandLang(options, io);
      if (!(STATS_FORMAT_NAMES as readonly string[]).includes(options.format)) throw new UsageError(messages(said).badFormat(options.format, STATS_FORMAT_NAMES.join(', ')));
      const lang = requestedLang(options);
      const line = progress(io.stderr, io.env);
      line.step(watchMessages(said).reading);
      const [{ loadBook }, { computeStats, STATS_FORMATS, statsView }] = await Promise.all([import('../../app/load-book.ts'), import('../../stats/index.ts')]);
      const formatter = STATS_FORMATS[options.format]!;
      const result = await loadBook({ cwd: io.cwd, content: options.content, ...(lang ? { lang } : {}) }).finally(() => line.done());
      const stats = computeStats(result.book);
      io.stdout.write(formatter(statsView(result.book, result.lang), { color: useColour(io, io.stdout), stats }));
      done(reportPartial(io, result, options.content));
    });
}
