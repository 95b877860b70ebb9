import { h } from "../h.js";
import { contentToHast } from "../markdown/to-hast.js";
import { factsBlock } from "./facts.js";
/** Heading level of initiatives (h1 book, h2 chapter, h3 section). */
export const INITIATIVE_LEVEL = 4;
/** A visible "#" link to an anchor, named for screen readers. */
export function permalink(anchor, name, ctx) {
    return h('a', { className: ['permalink'], href: `#${anchor}`, ariaLabel: `${ctx.hl.permalink} ${name}` }, '#');
}
/** The small filled "QUICK WIN" badge, in the colour of the initiative's dimension. */
export function quickWinBadge(ctx, dimension) {
    return h('span', { className: ['badge', `dim-${dimension}`] }, ctx.l.quickWin);
}
function heading(i, anchor, ctx) {
    return h('div', { className: ['heading-line'] }, h(`h${INITIATIVE_LEVEL}`, {}, h('span', { className: ['num'] }, i.number), ' ', i.title, i.quickWin ? [' ', quickWinBadge(ctx, i.dimension)] : null), permalink(anchor, `${i.number} ${i.title}`, ctx));
}
/**
 * One initiative: heading with number, badge and permalink, facts block, body. The data
 * attributes are what the page script filters on; content cannot set `data-*` attributes.
 */
export async function initiativeArticle(i, ctx) {
    const anchor = i.anchor;
    const body = await contentToHast({ tree: i.body, file: i.path, scope: anchor, base: INITIATIVE_LEVEL + 1, label: `${i.number} ${i.title}` }, ctx);
    return h('article', { className: ['initiative'], id: anchor, dataInitiative: '', dataDimension: i.dimension, dataOpd: i.opd.id, dataQuickWin: String(i.quickWin) }, heading(i, anchor, ctx), factsBlock(i), body.length ? h('div', { className: ['initiative-body'] }, body) : null);
}
