import { Command } from 'commander';
import { DIFF_FORMAT_NAMES } from '../../diff/names.ts';
import { UsageError } from '../../errors.ts';
import { messages } from '../../i18n/messages.ts';
import type { Io } from '../../io/io.ts';
import { useColour } from '../../io/print.ts';
import { progress } from '../../io/progress.ts';
import { watchMessages } from '../../watch/messages.ts';
import { commandLang, requestedLang, withCommonOptions, type CommonOptions } from '../options.ts';
import { reportPartial } from './stats.ts';

interface DiffOptions extends CommonOptions {
  base?: string;
  format: string;
}


/**
 * `masterplan diff`: what changed since a git ref (the merge base with the target
 * branch, or an edition tag), initiative by initiative, field by field.
 */
export function diffCommand(io: Io, done: (code: number) => void): Command {
  return withCommonOptions(new Command('diff'))
    .description('apa yang berubah sejak ref git (mis. tag edisi) / what changed since a git ref (e.g. an edition tag)')
    .option('--base <ref>', 'bandingkan dengan / compare with (default: CI target branch, else origin/main or main)')
    .option('--format <name>', `format: ${DIFF_FORMAT_NAMES.join(', ')}`, 'stylish')
    .action(async (options: DiffOptions) => {
      const said = commandLang(options, io);
      const format = DIFF_FORMAT_NAMES.find((f) => f === options.format);
      if (!format) throw new UsageError(messages(said).badFormat(options.format, DIFF_FORMAT_NAMES.join(', ')));
      const lang = requestedLang(options);
      const line = progress(io.stderr, io.env);
      line.step(watchMessages(said).reading);
      const [{ loadBook }, { loadBaseBook }, { compareBooks }, { formatDiff, dimensionNames }] = await Promise.all([
        import('../../app/load-book.ts'),
        import('../../app/base-book.ts'),
        import('../../diff/compare.ts'),
        import('../../diff/format.ts'),
      ]);
      const result = await loadBook({ cwd: io.cwd, content: options.content, ...(lang ? { lang } : {}) }).finally(() => line.done());
      const base = await loadBaseBook({ cwd: io.cwd, contentDir: result.book.contentDir, env: io.env, lang: result.lang, ...(options.base !== undefined ? { base: options.base } : {}) });
      for (const note of base.notes) io.stderr.write(`${note}\n`);
      const diff = compareBooks(base.book, result.book, { base: base.base, baseCommit: base.baseCommit });
      io.stdout.write(formatDiff(format, diff, { lang: result.lang, dimension: dimensionNames(result.book), color: useColour(io, io.stdout) }));
      done(reportPartial(io, result, options.content));
    });
}
