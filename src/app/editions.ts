import type { Book, BookKind } from '../model/book.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Lang } from '../i18n/lang.ts';
import { boundHeapGrowth, collectGarbage } from './heap.ts';
import { forgetPositions } from './forget-positions.ts';
import { layoutProblems } from './layout-problems.ts';
import { messages } from '../i18n/messages.ts';
import type { OutputFile } from '../pipeline/write.ts';
import type { Progress } from '../io/progress.ts';
import type { HtmlAsset, HtmlOutput } from '../render/html/index.ts';
import type { AssetMode } from '../render/html/assets.ts';
import type { CacheFolder } from '../cache/sealed-file.ts';
import { packageInfo } from './package-info.ts';

/** The editions a rebuild renders. */
export type Edition = 'pdf' | 'html';

/** Parse `--format pdf,html` into editions, or name the first value that is not one. */
export function parseEditions(value: string): Set<Edition> | { unknown: string } {
  const chosen = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const bad = chosen.find((f) => f !== 'pdf' && f !== 'html');
  return bad !== undefined ? { unknown: bad } : new Set(chosen.filter((f): f is Edition => f === 'pdf' || f === 'html'));
}

/**
 * What one render produced: files to write (named as `build` names them, read one at a
 * time: a streamed page is made while it is written) and the HTML page itself unless streamed.
 */
export interface Rendered {
  files: Iterable<OutputFile>;
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
  /**
   * Make the editions in pieces for the writer (`build`): the HTML page while it is
   * written, piece by piece, never whole (`html` stays unset), and the PDF as slabs, never
   * copied whole; memory grows with the largest piece, not the book.
   */
  streamed?: boolean;
  /** The content cache's folder, where the PDF keeps shaped words between builds. */
  cacheDir?: string;
}

/** The cache folder the editions keep shaped words and articles in (`build` without `--no-cache`). */
function cacheOf(options: RenderOptions): { cache?: CacheFolder } {
  return options.cacheDir !== undefined ? { cache: { dir: options.cacheDir, version: packageInfo().version } } : {};
}

/** The HTML page as a file made while it is written, then the assets it linked to (known only then). */
function* streamedHtml(book: Book, kind: BookKind, name: string, options: RenderOptions): Generator<OutputFile> {
  let assets: readonly HtmlAsset[] = [];
  async function* page(): AsyncGenerator<string> {
    options.progress.step(messages(options.lang).rendering('HTML'));
    // The PDF is made and written: what the heap may grow to should no longer be set by it.
    collectGarbage();
    // Renderers load on demand, so `check` and `--help` start without pdfkit and its fonts.
    const { streamHtml } = await import('../render/html/index.ts');
    const stream = streamHtml(book, kind, { assets: options.htmlAssets ?? 'inline', ...cacheOf(options) });
    assets = stream.assets;
    yield* stream.chunks;
    options.progress.done();
  }
  yield { name: `${name}.html`, data: page() };
  for (const a of assets) yield { name: a.name, data: a.data };
}

/** The HTML page rendered whole (watch and serve hand it to the browser too). */
async function wholeHtml(book: Book, kind: BookKind, options: RenderOptions): Promise<HtmlOutput> {
  options.progress.step(messages(options.lang).rendering('HTML'));
  const { renderHtml } = await import('../render/html/index.ts');
  return renderHtml(book, kind, { assets: options.htmlAssets ?? 'inline', ...cacheOf(options) });
}

/** The PDF edition, and the layout problems found while making it. */
async function pdfEdition(book: Book, kind: BookKind, options: RenderOptions): Promise<{ data: Buffer | Buffer[]; diagnostics: Diagnostic[] }> {
  const text = messages(options.lang);
  options.progress.step(text.rendering('PDF'));
  const epoch = options.sourceDateEpoch;
  const { renderPdf, renderPdfSlabs } = await import('../render/pdf/index.ts');
  const onPage = (done: number, total: number) => {
    if (done % 10 === 0 || done === total) options.progress.step(text.renderingPages(done, total));
  };
  const bleed = options.bleedMm !== undefined ? { bleedMm: options.bleedMm } : {};
  const layout = layoutProblems(book, options.lang);
  // A streamed build is the process's only PDF; watch keeps what it set for the next rebuild.
  const pdfOptions = { onPage, book: kind, ...bleed, ...(options.streamed ? { last: true } : {}), onLayoutWarning: layout.report, ...(epoch !== undefined ? { sourceDateEpoch: epoch } : {}), ...cacheOf(options) };
  // A streamed build writes the PDF slab by slab as well; watch keeps one Buffer.
  const data = options.streamed ? await renderPdfSlabs(book, pdfOptions) : await renderPdf(book, pdfOptions);
  return { data, diagnostics: layout.diagnostics };
}

/** Render the chosen editions of a checked book, naming each step on the progress line. */
export async function renderEditions(book: Book, editions: ReadonlySet<Edition>, options: RenderOptions): Promise<Rendered> {
  const kind = options.book ?? 'satu';
  const name = BOOK_FILES[kind];
  if (options.streamed) {
    // A streamed build renders once and checks nothing again: the trees need not say where they came from.
    forgetPositions(book);
    boundHeapGrowth();
    // What loading and checking let go (the content cache's lines, the positions) goes now,
    // so the heap's limit during the PDF is set by the book, not by the check before it.
    collectGarbage();
  }
  const html = editions.has('html') && !options.streamed ? await wholeHtml(book, kind, options) : undefined;
  const pdf = editions.has('pdf') ? await pdfEdition(book, kind, options) : undefined;
  options.progress.done();
  const htmlFiles: Iterable<OutputFile> = html ? [{ name: `${name}.html`, data: html.html }, ...html.assets] : editions.has('html') ? streamedHtml(book, kind, name, options) : [];
  const pdfFiles: OutputFile[] = pdf ? [{ name: `${name}.pdf`, data: Array.isArray(pdf.data) ? drain(pdf.data) : pdf.data }] : [];
  // Only a streamed page needs its files read lazily; the rest stays a plain list. The
  // PDF, already made, is written first, and its slabs let go, before the page is made.
  const files = html || !editions.has('html') ? [...htmlFiles, ...pdfFiles] : chain(pdfFiles, htmlFiles);
  return { files, ...(html ? { html } : {}), diagnostics: pdf?.diagnostics ?? [] };
}

/** The slabs of a file, each let go once handed out (written). */
function* drain(slabs: Buffer[]): Generator<Buffer> {
  for (let slab = slabs.shift(); slab; slab = slabs.shift()) yield slab;
}

/** The files of each edition, one after another, read as they are asked for. */
function* chain(...lists: Iterable<OutputFile>[]): Generator<OutputFile> {
  for (const list of lists) yield* list;
}
