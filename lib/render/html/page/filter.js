import { TEMPLATE_IDS } from "../context.js";
import { h } from "../h.js";
import { opdFullName } from "../../../model/names.js";
const collator = new Intl.Collator('id', { sensitivity: 'base' });
function field(id, label, control) {
    return h('div', { className: ['field'] }, h('label', { htmlFor: [id] }, label), control);
}
function dimensionSelect(ctx) {
    const options = ctx.book.chapters.map((c) => h('option', { value: c.dimension.id }, c.dimension.name[ctx.lang]));
    return h('select', { id: TEMPLATE_IDS.dimension, name: 'dimension' }, h('option', { value: '' }, ctx.hl.allDimensions), options);
}
function opdSelect(ctx) {
    const leading = ctx.book.opds.filter((o) => o.initiatives.length > 0).sort((a, b) => collator.compare(a.opd.name, b.opd.name));
    const options = leading.map(({ opd, initiatives }) => h('option', { value: opd.id }, `${opdFullName(opd)} · ${initiatives.length}`));
    return h('select', { id: TEMPLATE_IDS.opd, name: 'opd' }, h('option', { value: '' }, ctx.hl.allOpds), options);
}
/**
 * The filter and search form. It is `hidden` in the file and shown by the page script:
 * without JavaScript the whole book shows and no dead controls do.
 */
export function filterForm(ctx) {
    const total = ctx.book.initiatives.length;
    const count = ctx.hl.count.replace('{shown}', String(total)).replace('{total}', String(total));
    return h('form', { className: ['filter'], id: TEMPLATE_IDS.filter, role: 'search', ariaLabel: ctx.hl.filter, hidden: true, dataCountTemplate: ctx.hl.count, dataCountShort: ctx.hl.countShort }, h('p', { className: ['filter-title'], ariaHidden: 'true' }, ctx.hl.filter), field(TEMPLATE_IDS.search, ctx.hl.search, h('input', { type: 'search', id: TEMPLATE_IDS.search, name: 'q', placeholder: ctx.hl.searchHint, autoComplete: ['off'], spellCheck: 'false' })), field(TEMPLATE_IDS.dimension, ctx.hl.dimension, dimensionSelect(ctx)), field(TEMPLATE_IDS.opd, ctx.hl.opd, opdSelect(ctx)), h('div', { className: ['field', 'check'] }, h('input', { type: 'checkbox', id: TEMPLATE_IDS.quickWin, name: 'quick-win' }), h('label', { htmlFor: [TEMPLATE_IDS.quickWin] }, ctx.hl.quickWinOnly)), h('div', { className: ['filter-foot'] }, h('p', { id: TEMPLATE_IDS.count, className: ['count'], role: 'status', ariaLive: 'polite' }, count), h('button', { type: 'reset' }, ctx.hl.reset)));
}
