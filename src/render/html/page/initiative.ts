import type { Element } from 'hast';
import type { PlacedInitiative } from '../../../model/book.ts';
import type { RenderContext } from '../context.ts';
import { h } from '../h.ts';
import { contentToHast } from '../markdown/to-hast.ts';
import { factsBlock } from './facts.ts';

/** Heading level of initiatives (h1 book, h2 chapter, h3 section). */
export const INITIATIVE_LEVEL = 4;

/** A visible "#" link to an anchor, named for screen readers. */
export function permalink(anchor: string, name: string, ctx: RenderContext): Element {
  return h('a', { className: ['permalink'], href: `#${anchor}`, ariaLabel: `${ctx.hl.permalink} ${name}` }, '#');
}

/** The small filled "QUICK WIN" badge, in the colour of the initiative's dimension. */
export function quickWinBadge(ctx: RenderContext, dimension: string): Element {
  return h('span', { className: ['badge', `dim-${dimension}`] }, ctx.l.quickWin);
}

/** "Baru" / "Diubah" beside an initiative changed since the previous edition. */
export function changeBadge(kind: string, label: string): Element {
  return h('span', { className: ['change-badge', `change-${kind}`] }, label);
}

function heading(i: PlacedInitiative, anchor: string, ctx: RenderContext): Element {
  const mark = ctx.book.changes?.marks.get(i.id);
  return h(
    'div',
    { className: ['heading-line'] },
    h(`h${INITIATIVE_LEVEL}`, {}, h('span', { className: ['num'] }, i.number), ' ', i.title, i.quickWin ? [' ', quickWinBadge(ctx, i.dimension)] : null, mark ? [' ', changeBadge(mark.kind, mark.label)] : null),
    permalink(anchor, `${i.number} ${i.title}`, ctx),
  );
}

/**
 * One initiative: heading with number, badge and permalink, facts block, body. The data
 * attributes are what the page script filters on; content cannot set `data-*` attributes.
 */
export async function initiativeArticle(i: PlacedInitiative, ctx: RenderContext): Promise<Element> {
  const anchor = i.anchor;
  const body = await contentToHast({ tree: i.body, file: i.path, scope: anchor, base: INITIATIVE_LEVEL + 1, label: `${i.number} ${i.title}` }, ctx);
  return h(
    'article',
    { className: ctx.book.changes?.marks.has(i.id) ? ['initiative', 'changed'] : ['initiative'], id: anchor, dataInitiative: '', dataDimension: i.dimension, dataOpd: i.opd.id, dataQuickWin: String(i.quickWin) },
    heading(i, anchor, ctx),
    factsBlock(i),
    body.length ? h('div', { className: ['initiative-body'] }, body) : null,
  );
}
