import path from 'node:path';
import { Command } from 'commander';
import { UsageError } from '../../errors.ts';
import { parseDelimiter } from '../../export/csv.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../../export/formats.ts';
import { messages } from '../../i18n/messages.ts';
import type { Lang } from '../../i18n/lang.ts';
import { write } from '../../pipeline/write.ts';
import { progress } from '../../io/progress.ts';
import { watchMessages } from '../../watch/messages.ts';
import type { Io } from '../../io/io.ts';
import { commandLang, requestedLang, withCommonOptions, type CommonOptions } from '../options.ts';
import { reportPartial } from './stats.ts';

interface ExportCliOptions extends CommonOptions {
  format?: string;
  out?: string;
  delimiter: string;
}

/** Where an xlsx goes when `--out` is not given: a spreadsheet cannot go to a terminal. */
const DEFAULT_XLSX = 'dist/inisiatif.xlsx';

const WORDS: Record<Lang, { binaryToStdout: string; badDelimiter: (v: string) => string }> = {
  id: {
    binaryToStdout: 'Berkas xlsx tidak dapat dicetak ke layar. Beri `--out nama.xlsx` (bawaan: dist/inisiatif.xlsx).',
    badDelimiter: (v) => `Pemisah \`${v}\` tidak dapat dipakai. Gunakan satu karakter seperti \`,\` atau \`;\`, atau \`tab\`.`,
  },
  en: {
    binaryToStdout: 'An xlsx file cannot be printed. Pass `--out name.xlsx` (default: dist/inisiatif.xlsx).',
    badDelimiter: (v) => `The delimiter \`${v}\` cannot be used. Use one character such as \`,\` or \`;\`, or \`tab\`.`,
  },
};

/** `--format`, else the extension of `--out`, else CSV. */
function chooseFormat(options: ExportCliOptions, lang: Lang): ExportFormat {
  const wanted = options.format ?? path.extname(options.out ?? '').slice(1).toLowerCase();
  const known = EXPORT_FORMATS.find((f) => f === wanted);
  if (known) return known;
  if (options.format === undefined) return 'csv';
  throw new UsageError(messages(lang).badFormat(wanted, EXPORT_FORMATS.join(', ')));
}

/** `masterplan export`: the initiatives as a spreadsheet (csv, xlsx) or JSON, one row each. */
export function exportCommand(io: Io, done: (code: number) => void): Command {
  return withCommonOptions(new Command('export'))
    .description('daftar inisiatif untuk spreadsheet / the list of initiatives for spreadsheets')
    .option('--format <name>', `format: ${EXPORT_FORMATS.join(', ')} (bawaan: dari --out, atau csv)`)
    .option('--out <file>', 'berkas hasil; `-` = layar / output file; `-` = stdout (default: stdout; xlsx: dist/inisiatif.xlsx)')
    .option('--delimiter <char>', 'pemisah CSV, mis. `;` untuk Excel berbahasa Indonesia / CSV separator', ',')
    .action(async (options: ExportCliOptions) => {
      const said = commandLang(options, io);
      const format = chooseFormat(options, said);
      const lang = requestedLang(options);
      const words = WORDS[said];
      const delimiter = parseDelimiter(options.delimiter);
      if (delimiter === undefined) throw new UsageError(words.badDelimiter(options.delimiter));
      const out = options.out ?? (format === 'xlsx' ? DEFAULT_XLSX : '-');
      if (out === '-' && format === 'xlsx') throw new UsageError(words.binaryToStdout);
      const line = progress(io.stderr, io.env);
      line.step(watchMessages(said).reading);
      const [{ loadBook }, { exportBook }] = await Promise.all([import('../../app/load-book.ts'), import('../../export/index.ts')]);
      const result = await loadBook({ cwd: io.cwd, content: options.content, ...(lang ? { lang } : {}) }).finally(() => line.done());
      const data = exportBook(result.book, { format, delimiter });
      if (out === '-') io.stdout.write(typeof data === 'string' ? data : '');
      else {
        const file = path.resolve(io.cwd, out);
        await write(path.dirname(file), [{ name: path.basename(file), data: typeof data === 'string' ? data : Buffer.from(data) }]);
        const shown = path.relative(io.cwd, file);
        // stdout carries data only (`export > x.csv`): the note about a written file goes to stderr.
        io.stderr.write(`${messages(result.lang).wrote(shown.startsWith('..') ? file : shown.split(path.sep).join('/'))}\n`);
      }
      done(reportPartial(io, result, options.content));
    });
}
