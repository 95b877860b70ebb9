import { Command } from 'commander';
import { UsageError } from '../../errors.ts';
import { messages } from '../../i18n/messages.ts';
import { loadBook } from '../../load-book.ts';
import { FORMATTERS } from '../../report/index.ts';
import type { Io } from '../io.ts';
import { requestedLang, withCommonOptions, type CommonOptions } from '../options.ts';

interface CheckOptions extends CommonOptions {
  format?: string;
  strict?: boolean;
}

/** The format to print: `--format`, else the CI system's own, else stylish. */
export function defaultFormat(env: Io['env']): string {
  if (env.GITHUB_ACTIONS === 'true' && FORMATTERS.github) return 'github';
  if (env.GITLAB_CI === 'true' && FORMATTERS.gitlab) return 'gitlab';
  return 'stylish';
}

/** `masterplan check [files…]`: validate the book and print the diagnostics. */
export function checkCommand(io: Io, done: (code: number) => void): Command {
  return withCommonOptions(new Command('check'))
    .description('periksa buku / validate the book')
    .argument('[files...]', 'hanya laporkan berkas ini / report only these files')
    .option('--format <name>', `format laporan / report format: ${Object.keys(FORMATTERS).join(', ')}`)
    .option('--strict', 'peringatan juga menggagalkan / warnings fail too')
    .action(async (files: string[], options: CheckOptions) => {
      const format = options.format ?? defaultFormat(io.env);
      const formatter = FORMATTERS[format];
      if (!formatter) throw new UsageError(messages('id').badFormat(format, Object.keys(FORMATTERS).join(', ')));
      const lang = requestedLang(options);
      const result = await loadBook({ cwd: io.cwd, content: options.content, ...(lang ? { lang } : {}) });
      const wanted = new Set(files.map((f) => f.split('\\').join('/').replace(/^\.\//, '')));
      const diagnostics = wanted.size ? result.diagnostics.filter((d) => wanted.has(d.file)) : result.diagnostics;
      const errors = diagnostics.filter((d) => d.severity === 'error').length;
      const warnings = diagnostics.length - errors;
      io.stdout.write(formatter({ files: result.files, errors, warnings, diagnostics }, { color: io.stdout.isTTY && !io.env.NO_COLOR, lang: result.lang }));
      done(errors > 0 || (options.strict && warnings > 0) ? 1 : 0);
    });
}
