import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
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
import { loadTemplate } from './template.ts';

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

/** Buku Satu in the order of Indonesian government books, as the PDF prints it. */
async function buku(ctx: RenderContext): Promise<ElementContent[]> {
  const { book } = ctx;
  const chapters = (list: readonly Chapter[], kind: 'front' | 'back') => Promise.all(list.map((c) => plainChapter(c, kind, ctx)));
  const back = [...book.back.filter((c) => c.number), ...book.back.filter((c) => !c.number)];
  return [
    h('div', { className: ['front-matter'] }, approvalChapter(ctx) ?? null, await chapters(book.front.filter((c) => !c.number), 'front'), abbreviationList(ctx), executiveSummary(ctx)),
    ...(await chapters(book.front.filter((c) => c.number), 'front')),
    ...(await Promise.all(book.chapters.map((c) => dimensionChapter(c, ctx)))),
    h('div', { className: ['back-matter'] }, await chapters(back, 'back')),
    annexes(ctx),
  ];
}

/** The executive summary as its own page: Sambutan, Ringkasan Eksekutif, Peta Jalan. */
async function ringkasan(ctx: RenderContext): Promise<ElementContent[]> {
  const sambutan = ctx.book.front.filter((c) => !c.number && /sambutan|foreword/.test(c.id));
  return [h('div', { className: ['front-matter'] }, await Promise.all(sambutan.map((c) => plainChapter(c, 'front', ctx))), executiveSummary(ctx)), annexes(ctx, ['roadmap'])];
}

/** The preview of a pull request: the changed initiatives in their chapters, then the change annex. */
async function pratinjau(ctx: RenderContext): Promise<ElementContent[]> {
  return [...(await Promise.all(ctx.book.chapters.map((c) => dimensionChapter(c, ctx)))), annexes(ctx, ['changes'])];
}

/**
 * Render the book as one self-contained HTML page: the page is built as hast (so every
 * template value is escaped), content goes through sanitise, CSS and script are inlined.
 */
export async function renderHtml(book: Book, kind: BookKind = 'satu', options: { assets?: AssetMode } = {}): Promise<HtmlOutput> {
  const ctx = createContext(book, kind, options.assets ?? 'inline');
  const template = await loadTemplate(book);
  const parts = kind === 'ringkasan' ? await ringkasan(ctx) : kind === 'pratinjau' ? await pratinjau(ctx) : await buku(ctx);
  const tree = page(ctx, template, parts);
  // Raw nodes are only initiatives serialised earlier (page/article-cache.ts): content's own raw HTML is sanitised into elements.
  // HTML allows no control characters (NUL, BEL, ESC…): `check` warns about them, the page leaves them out.
  return { html: toHtml(tree, { upperDoctype: true, allowDangerousHtml: true }).replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g, ''), assets: ctx.assets.assets };
}
