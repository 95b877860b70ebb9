import path from 'node:path';
import { Command } from 'commander';
import { messages } from '../../i18n/messages.ts';
import { loadBook } from '../../app/load-book.ts';
import { write } from '../../pipeline/write.ts';
import { progress } from '../../io/progress.ts';
import { renderEditions, sourceDateEpoch } from '../../render/editions.ts';
import { stylish } from '../../report/stylish.ts';
import type { Io } from '../../io/io.ts';
import { draftOption, editionsOption, requestedLang, withCommonOptions, withEditionOptions, type CommonOptions } from '../options.ts';

interface BuildOptions extends CommonOptions {
  out: string;
  format: string;
  draft?: boolean;
  final?: boolean;
  strict?: boolean;
}

/** `masterplan build`: check, then write the PDF and HTML editions atomically. */
export function buildCommand(io: Io, done: (code: number) => void): Command {
  return withEditionOptions(withCommonOptions(new Command('build')))
    .description('susun buku PDF dan HTML / build the PDF and HTML book')
    .option('--strict', 'peringatan juga menggagalkan / warnings fail too')
    .action(async (options: BuildOptions) => {
      const lang = requestedLang(options);
      const draft = draftOption(options);
      const editions = editionsOption(options.format);
      const result = await loadBook({ cwd: io.cwd, content: options.content, ...(lang ? { lang } : {}), ...(draft !== undefined ? { draft } : {}) });
      const text = messages(result.lang);
      if (result.diagnostics.length > 0) {
        io.stderr.write(stylish(result, { color: io.stderr.isTTY && !io.env.NO_COLOR, lang: result.lang }));
      }
      if (result.errors > 0 || (options.strict && result.warnings > 0)) {
        io.stderr.write(`${text.buildRefused(result.errors || result.warnings)}\n`);
        return done(1);
      }
      const epoch = sourceDateEpoch(io.env);
      const line = progress(io.stderr, io.env);
      const rendered = await renderEditions(result.book, editions, { lang: result.lang, progress: line, ...(epoch !== undefined ? { sourceDateEpoch: epoch } : {}) });
      const written = await write(path.resolve(io.cwd, options.out), rendered.files);
      for (const file of written.filter((f) => /buku-satu\.(pdf|html)$/.test(f))) {
        io.stdout.write(`${text.wrote(path.relative(io.cwd, file).split(path.sep).join('/'))}\n`);
      }
      done(0);
    });
}
