import type { Book, BookKind, Chapter } from '../../model/book.ts';
import type { AssetMode } from './assets.ts';
import { createContext, type RenderContext } from './context.ts';
import { h } from './h.ts';
import { abbreviationList } from './page/abbreviations.ts';
import { annexes } from './page/annexes.ts';
import { approvalChapter, plainChapter } from './page/chapters.ts';
import { dimensionChapter } from './page/dimension.ts';
import { page } from './page/document.ts';
import { executiveSummary } from './page/summary.ts';
import { chunks, shell, type Deferred, type Piece, type Slot } from './stream.ts';
import { loadTemplate } from './template.ts';
import type { ArticleStore } from './page/article-store.ts';
import type { CacheFolder } from '../../cache/sealed-file.ts';

/** A file the HTML page refers to, written next to it (e.g. `assets/logo.png`). */
export interface HtmlAsset {
  /** Path relative to the output folder, with `/`. */
  name: string;
  data: Buffer;
}

/** The HTML edition: one page plus the assets it links to. */
export interface HtmlOutput {
  html: string;
  assets: HtmlAsset[];
}

/** Buku Satu in the order of Indonesian government books, as the PDF prints it; each chapter rendered when its turn comes. */
function buku(ctx: RenderContext): Piece[] {
  const { book, slot } = ctx;
  const chapters = (list: readonly Chapter[], kind: 'front' | 'back') => list.map((c): Deferred => () => plainChapter(c, kind, ctx));
  const back = [...book.back.filter((c) => c.number), ...book.back.filter((c) => !c.number)];
  const front = [() => approvalChapter(ctx), ...chapters(book.front.filter((c) => !c.number), 'front'), () => abbreviationList(ctx), () => executiveSummary(ctx)];
  return [
    shell(h('div', { className: ['front-matter'] }, slot.node), front),
    ...chapters(book.front.filter((c) => c.number), 'front'),
    ...book.chapters.map((c) => dimensionChapter(c, ctx)),
    shell(h('div', { className: ['back-matter'] }, slot.node), chapters(back, 'back')),
    () => annexes(ctx),
  ];
}

/** The executive summary as its own page: Sambutan, Ringkasan Eksekutif, Peta Jalan. */
function ringkasan(ctx: RenderContext): Piece[] {
  const sambutan = ctx.book.front.filter((c) => !c.number && /sambutan|foreword/.test(c.id));
  return [shell(h('div', { className: ['front-matter'] }, ctx.slot.node), [...sambutan.map((c) => () => plainChapter(c, 'front', ctx)), () => executiveSummary(ctx)]), () => annexes(ctx, ['roadmap'])];
}

/** The preview of a pull request: the changed initiatives in their chapters, then the change annex. */
function pratinjau(ctx: RenderContext): Piece[] {
  return [...ctx.book.chapters.map((c) => dimensionChapter(c, ctx)), () => annexes(ctx, ['changes'])];
}

/** The HTML edition as it is written: the page in chunks, and the assets it links to (complete once the chunks are). */
export interface HtmlStream {
  chunks: AsyncIterable<string>;
  assets: readonly HtmlAsset[];
}

/** The page as pieces around slots (see stream.ts), with the assets its rendering collects. */
export interface HtmlPieces {
  page: Piece;
  slot: Slot;
  assets: readonly HtmlAsset[];
  store?: ArticleStore;
}

/** The page as pieces, nothing rendered yet: `streamHtml` writes them; a test can join them into the one tree they stand for. */
export function htmlPieces(book: Book, kind: BookKind = 'satu', options: HtmlOptions = {}): HtmlPieces {
  const ctx = createContext(book, kind, options.assets ?? 'inline', options.cache);
  const parts = kind === 'ringkasan' ? ringkasan(ctx) : kind === 'pratinjau' ? pratinjau(ctx) : buku(ctx);
  const whole: Deferred = async () => shell(page(ctx, await loadTemplate(book), [ctx.slot.node]), parts);
  return { page: whole, slot: ctx.slot, assets: ctx.assets.assets, ...(ctx.store ? { store: ctx.store } : {}) };
}

/** How the page is made: where its images go, and the cache folder that keeps initiatives' HTML between builds. */
export interface HtmlOptions {
  assets?: AssetMode;
  cache?: CacheFolder;
}

/** The chunks of the page; once all are written, the articles rendered are kept for the next build. */
async function* written(pieces: HtmlPieces): AsyncGenerator<string> {
  yield* chunks(pieces.page, pieces.slot);
  pieces.store?.save();
}

/**
 * Render the book as one self-contained HTML page, chunk by chunk, so only the piece being
 * written is held as a tree: the page is built as hast (so every template value is
 * escaped), content goes through sanitise, CSS and script are inlined.
 */
export function streamHtml(book: Book, kind: BookKind = 'satu', options: HtmlOptions = {}): HtmlStream {
  const pieces = htmlPieces(book, kind, options);
  return { chunks: written(pieces), assets: pieces.assets };
}

/** Render the book as one self-contained HTML page held as a string (see `streamHtml`). */
export async function renderHtml(book: Book, kind: BookKind = 'satu', options: HtmlOptions = {}): Promise<HtmlOutput> {
  const stream = streamHtml(book, kind, options);
  const parts: string[] = [];
  for await (const chunk of stream.chunks) parts.push(chunk);
  return { html: parts.join(''), assets: [...stream.assets] };
}
