import type { Book, BookKind } from '../model/book.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Lang } from '../i18n/lang.ts';
import { layoutProblems } from './layout-problems.ts';
import { messages } from '../i18n/messages.ts';
import type { OutputFile } from '../pipeline/write.ts';
import type { Progress } from '../io/progress.ts';
import type { HtmlOutput } from '../render/html/index.ts';
import type { AssetMode } from '../render/html/assets.ts';

/** The editions a rebuild renders. */
export type Edition = 'pdf' | 'html';

/** Parse `--format pdf,html` into editions, or name the first value that is not one. */
export function parseEditions(value: string): Set<Edition> | { unknown: string } {
  const chosen = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const bad = chosen.find((f) => f !== 'pdf' && f !== 'html');
  return bad !== undefined ? { unknown: bad } : new Set(chosen.filter((f): f is Edition => f === 'pdf' || f === 'html'));
}

/** What one render produced: files to write (named as `build` names them) and the HTML page itself. */
export interface Rendered {
  files: OutputFile[];
  html?: HtmlOutput;
  /** Problems found while laying out the PDF (a table too wide even for a landscape page). */
  diagnostics: Diagnostic[];
}

/** SOURCE_DATE_EPOCH as seconds, when set to a whole number. */
export function sourceDateEpoch(env: Readonly<Record<string, string | undefined>>): number | undefined {
  const value = env.SOURCE_DATE_EPOCH;
  return value && /^\d+$/.test(value) ? Number(value) : undefined;
}

/** The books `build --book` makes (`build --changed` makes the preview). */
export const BOOK_KINDS: readonly BookKind[] = ['satu', 'ringkasan'];

/** The file name of a book's editions, without extension. */
export const BOOK_FILES: Readonly<Record<BookKind, string>> = { satu: 'buku-satu', ringkasan: 'ringkasan-eksekutif', pratinjau: 'pratinjau-perubahan' };

/** How to render: the language of progress texts, the progress line, the PDF's dates, and which book. */
export interface RenderOptions {
  lang: Lang;
  progress: Progress;
  sourceDateEpoch?: number;
  book?: BookKind;
  /** How the HTML page carries its images (default: inside the page). */
  htmlAssets?: AssetMode;
  /** `build --bleed <mm>`: bleed, TrimBox/BleedBox and crop marks for a print shop. */
  bleedMm?: number;
}

/** Render the chosen editions of a checked book, naming each step on the progress line. */
export async function renderEditions(book: Book, editions: ReadonlySet<Edition>, options: RenderOptions): Promise<Rendered> {
  const text = messages(options.lang);
  const kind = options.book ?? 'satu';
  const name = BOOK_FILES[kind];
  const rendered: Rendered = { files: [], diagnostics: [] };
  if (editions.has('html')) {
    options.progress.step(text.rendering('HTML'));
    // Renderers load on demand, so `check` and `--help` start without pdfkit and its fonts.
    const { renderHtml } = await import('../render/html/index.ts');
    const html = await renderHtml(book, kind, { assets: options.htmlAssets ?? 'inline' });
    rendered.html = html;
    rendered.files.push({ name: `${name}.html`, data: html.html }, ...html.assets.map((a) => ({ name: a.name, data: a.data })));
  }
  if (editions.has('pdf')) {
    options.progress.step(text.rendering('PDF'));
    const epoch = options.sourceDateEpoch;
    const { renderPdf } = await import('../render/pdf/index.ts');
    const onPage = (done: number, total: number) => {
      if (done % 10 === 0 || done === total) options.progress.step(text.renderingPages(done, total));
    };
    const bleed = options.bleedMm !== undefined ? { bleedMm: options.bleedMm } : {};
    const layout = layoutProblems(book, options.lang);
    rendered.files.push({ name: `${name}.pdf`, data: await renderPdf(book, { onPage, book: kind, ...bleed, onLayoutWarning: layout.report, ...(epoch !== undefined ? { sourceDateEpoch: epoch } : {}) }) });
    rendered.diagnostics.push(...layout.diagnostics);
  }
  options.progress.done();
  return rendered;
}
