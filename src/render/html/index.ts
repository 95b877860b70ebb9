import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Book } from '../../model/book.ts';
import { createContext, type RenderContext } from './context.ts';
import { h } from './h.ts';
import { annexes } from './page/annexes.ts';
import { approvalChapter, plainChapter } from './page/chapters.ts';
import { dimensionChapter } from './page/dimension.ts';
import { page } from './page/document.ts';
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

async function mainContent(ctx: RenderContext): Promise<ElementContent[]> {
  const { book } = ctx;
  const approval = approvalChapter(ctx);
  return [
    h('div', { className: ['front-matter'] }, approval ?? null, await Promise.all(book.front.map((c) => plainChapter(c, 'front', ctx)))),
    ...(await Promise.all(book.chapters.map((c) => dimensionChapter(c, ctx)))),
    annexes(ctx),
    h('div', { className: ['back-matter'] }, await Promise.all(book.back.map((c) => plainChapter(c, 'back', ctx)))),
  ];
}

/**
 * Render the book as one self-contained HTML page: the page is built as hast (so every
 * template value is escaped), content goes through sanitise, CSS and script are inlined.
 */
export async function renderHtml(book: Book): Promise<HtmlOutput> {
  const ctx = createContext(book);
  const template = await loadTemplate(book);
  const tree = page(ctx, template, await mainContent(ctx));
  return { html: toHtml(tree, { upperDoctype: true }), assets: ctx.assets.assets };
}
