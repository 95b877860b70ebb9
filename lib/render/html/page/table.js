import { h } from "../h.js";
function cell(value, tag) {
    if (value && typeof value === 'object' && 'className' in value && !('type' in value)) {
        const asRowHeader = value.header === true;
        const scope = asRowHeader ? 'row' : tag === 'th' ? 'col' : undefined;
        return h(asRowHeader ? 'th' : tag, { className: [value.className], scope }, value.value);
    }
    return h(tag, tag === 'th' ? { scope: 'col' } : {}, value);
}
/** The labelled region an annex table sits in; it scrolls sideways (and takes keyboard focus) on narrow screens. */
function region(label, className, table) {
    return h('section', { className: ['table-wrap', className], ariaLabel: label, tabIndex: 0 }, table);
}
function row(cells) {
    return h('tr', {}, cells.map((c) => cell(c, 'td')));
}
/** An annex table: header row, body rows, optional totals row; `id` names the table (a chart's description points at it). */
export function dataTable(label, className, head, body, foot, id) {
    return region(label, className, h('table', { id }, h('thead', {}, h('tr', {}, head.map((c) => cell(c, 'th')))), h('tbody', {}, body.map(row)), foot ? h('tfoot', {}, row(foot)) : null));
}
/** A table of groups, each a `<tbody>` headed by a full-width row: narrow enough for a phone. */
export function groupedTable(label, className, head, groups) {
    const bodies = groups.map((g) => h('tbody', { id: g.id }, h('tr', {}, h('th', { scope: 'rowgroup', colSpan: head.length, className: ['group'] }, g.heading)), g.rows.map(row)));
    return region(label, className, h('table', {}, h('thead', {}, h('tr', {}, head.map((c) => cell(c, 'th')))), bodies));
}
