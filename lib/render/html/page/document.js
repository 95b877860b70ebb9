import { TEMPLATE_IDS } from "../context.js";
import { h } from "../h.js";
import { contentSecurityPolicy } from "../template.js";
import { cover } from "./cover.js";
import { filterForm } from "./filter.js";
import { toc } from "./toc.js";
function head(ctx, template) {
    const s = ctx.book.settings;
    return h('head', {}, h('meta', { charSet: 'utf-8' }), h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }), h('meta', { httpEquiv: ['Content-Security-Policy'], content: contentSecurityPolicy(template) }), h('title', {}, ctx.book.draft ? `${s.title} (${ctx.l.draft})` : s.title), s.subtitle ? h('meta', { name: 'description', content: s.subtitle }) : null, h('meta', { name: 'author', content: s.city }), h('meta', { name: 'generator', content: 'masterplan' }), h('style', {}, template.css));
}
/**
 * Contents and filter: a sticky sidebar on a desk, a menu that opens from the top bar on a
 * phone. The bar says "Daftar Isi"; the script, which brings the filter, renames it.
 */
function sidebar(ctx) {
    return h('div', { className: ['sidebar'] }, h('details', { className: ['menu'], open: true }, h('summary', {}, h('span', { className: ['menu-label'], dataWithFilter: ctx.hl.menu }, ctx.l.contents), h('span', { className: ['menu-count'], ariaHidden: 'true' })), h('div', { className: ['menu-body'] }, ctx.kind === 'satu' ? filterForm(ctx) : null, toc(ctx, ctx.kind))));
}
/** The back cover closes the page: the government, the book, its period and edition. */
function footer(ctx) {
    const s = ctx.book.settings;
    const line = [`${ctx.l.period} ${s.period.start}–${s.period.end}`, s.edition].filter(Boolean).join(' · ');
    return h('footer', { className: ['site-footer', 'back-cover'] }, h('p', { className: ['back-government'] }, ctx.l.government(s.city)), h('p', { className: ['back-title'] }, s.title), h('p', {}, line), h('p', { className: ['back-note'] }, ctx.l.backCover), h('p', {}, h('a', { href: `#${TEMPLATE_IDS.cover}` }, ctx.hl.backToTop)));
}
/** The whole page as hast: banner, navigation, main, footer, our script last. */
export function page(ctx, template, main) {
    const body = h('body', { className: ctx.book.draft ? ['draft'] : undefined, dataDraftLabel: ctx.book.draft ? ctx.l.draft : undefined }, h('a', { className: ['skip-link'], href: `#${TEMPLATE_IDS.main}` }, ctx.hl.skip), cover(ctx), h('div', { className: ['layout'] }, sidebar(ctx), h('main', { id: TEMPLATE_IDS.main, tabIndex: -1 }, h('p', { id: TEMPLATE_IDS.noMatch, className: ['no-match'], hidden: true }, ctx.hl.noMatch), main)), footer(ctx), h('script', {}, template.script));
    return { type: 'root', children: [{ type: 'doctype' }, h('html', { lang: ctx.lang }, head(ctx, template), body)] };
}
