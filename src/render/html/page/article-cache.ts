import { createHash } from 'node:crypto';
import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import type { Book, PlacedInitiative } from '../../../model/book.ts';
import type { RenderContext } from '../context.ts';
import { ArticleStore } from './article-store.ts';

/** Rendered initiatives by their body tree: `watch` keeps unchanged trees, so their pages need no new render. */
const ARTICLES = new WeakMap<Root, { key: string; html: string; digest?: string }>();

/** What every initiative's links depend on, digested once per book: which anchors exist and which file has which. */
const LINK_TABLES = new WeakMap<Book, string>();

function linkTable(ctx: RenderContext): string {
  let table = LINK_TABLES.get(ctx.book);
  if (table === undefined) {
    const links = JSON.stringify([[...ctx.book.anchors.all].sort(), [...ctx.fileAnchors].sort()]);
    table = createHash('sha256').update(links).digest('hex');
    LINK_TABLES.set(ctx.book, table);
  }
  return table;
}

/** Images add files to the page's assets as they render, and raw HTML may hold images: such bodies render every time. */
function reusable(node: { type: string; children?: unknown[] }): boolean {
  if (node.type === 'image' || node.type === 'imageReference' || node.type === 'html') return false;
  return (node.children ?? []).every((child) => reusable(child as { type: string; children?: unknown[] }));
}

/** Everything an article's HTML depends on besides its body tree: its fields and place, the language, changes and links. */
function articleKey(i: PlacedInitiative, ctx: RenderContext): string {
  const { body: _body, ...fields } = i;
  return JSON.stringify([ctx.lang, ctx.kind, fields, ctx.book.changes?.marks.get(i.id) ?? null, linkTable(ctx)]);
}

/**
 * The initiative's article as HTML already serialised, from the last render when nothing it
 * depends on changed, else rendered now by `render` (and kept while its body tree lives).
 * The page serialises it as it is (a `raw` node): it was escaped and sanitised when made.
 */
export async function cachedArticle(i: PlacedInitiative, ctx: RenderContext, render: () => Promise<ElementContent>): Promise<ElementContent> {
  const key = articleKey(i, ctx);
  const hit = ARTICLES.get(i.body);
  // A tree is never changed once parsed, so a tree kept here was found reusable before.
  if (hit?.key === key) {
    ctx.store?.keep(hit.digest ?? ArticleStore.digest(key + JSON.stringify(i.body)), hit.html);
    return { type: 'raw', value: hit.html };
  }
  if (!reusable(i.body)) return render();
  // Between builds: the store, by a digest of the body and the key.
  const digest = ctx.store ? ArticleStore.digest(key + JSON.stringify(i.body)) : undefined;
  const stored = digest === undefined ? undefined : ctx.store?.recall(digest);
  const html = stored ?? toHtml(await render());
  if (digest !== undefined && stored === undefined) ctx.store?.keep(digest, html);
  ARTICLES.set(i.body, { key, html, ...(digest !== undefined ? { digest } : {}) });
  return { type: 'raw', value: html };
}
