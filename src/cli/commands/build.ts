import path from 'node:path';
import { Command } from 'commander';
import { UsageError } from '../../errors.ts';
import { messages } from '../../i18n/messages.ts';
import { loadBook } from '../../load-book.ts';
import { write, type OutputFile } from '../../pipeline/write.ts';
import { stylish } from '../../report/stylish.ts';
import type { Io } from '../io.ts';
import { requestedLang, withCommonOptions, type CommonOptions } from '../options.ts';

interface BuildOptions extends CommonOptions {
  out: string;
  format: string;
  draft?: boolean;
  final?: boolean;
  strict?: boolean;
}

const OUTPUTS = ['pdf', 'html'] as const;

function parseFormats(value: string): Set<(typeof OUTPUTS)[number]> {
  const chosen = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  for (const f of chosen) if (!(OUTPUTS as readonly string[]).includes(f)) throw new UsageError(messages('id').badFormat(f, OUTPUTS.join(', ')));
  return new Set(chosen as (typeof OUTPUTS)[number][]);
}

function sourceDateEpoch(env: Io['env']): number | undefined {
  const value = env.SOURCE_DATE_EPOCH;
  return value && /^\d+$/.test(value) ? Number(value) : undefined;
}

/** `masterplan build`: check, then write the PDF and HTML editions atomically. */
export function buildCommand(io: Io, done: (code: number) => void): Command {
  return withCommonOptions(new Command('build'))
    .description('susun buku PDF dan HTML / build the PDF and HTML book')
    .option('--out <dir>', 'folder hasil / output folder', 'dist')
    .option('--format <list>', 'pdf,html', 'pdf,html')
    .option('--draft', 'cetak tanda KONSEP / print the KONSEP mark')
    .option('--final', 'tanpa tanda KONSEP / no KONSEP mark')
    .option('--strict', 'peringatan juga menggagalkan / warnings fail too')
    .action(async (options: BuildOptions) => {
      const lang = requestedLang(options);
      if (options.draft && options.final) throw new UsageError(messages(lang ?? 'id').draftAndFinal);
      const formats = parseFormats(options.format);
      const draft = options.draft ? true : options.final ? false : undefined;
      const result = await loadBook({ cwd: io.cwd, content: options.content, ...(lang ? { lang } : {}), ...(draft !== undefined ? { draft } : {}) });
      const text = messages(result.lang);
      if (result.diagnostics.length > 0) {
        io.stderr.write(stylish(result, { color: io.stderr.isTTY && !io.env.NO_COLOR, lang: result.lang }));
      }
      if (result.errors > 0 || (options.strict && result.warnings > 0)) {
        io.stderr.write(`${text.buildRefused(result.errors || result.warnings)}\n`);
        return done(1);
      }
      const files: OutputFile[] = [];
      if (formats.has('html')) {
        // Renderers load on demand so `check` and `--help` start without pdfkit and its fonts.
        const { renderHtml } = await import('../../render/html/index.ts');
        const html = await renderHtml(result.book);
        files.push({ name: 'buku-satu.html', data: html.html }, ...html.assets.map((a) => ({ name: a.name, data: a.data })));
      }
      if (formats.has('pdf')) {
        const epoch = sourceDateEpoch(io.env);
        const { renderPdf } = await import('../../render/pdf/index.ts');
        files.push({ name: 'buku-satu.pdf', data: await renderPdf(result.book, epoch !== undefined ? { sourceDateEpoch: epoch } : {}) });
      }
      const outDir = path.resolve(io.cwd, options.out);
      const written = await write(outDir, files);
      for (const file of written.filter((f) => /buku-satu\.(pdf|html)$/.test(f))) {
        io.stdout.write(`${text.wrote(path.relative(io.cwd, file).split(path.sep).join('/'))}\n`);
      }
      done(0);
    });
}
