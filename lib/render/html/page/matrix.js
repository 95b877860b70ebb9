import { h } from "../h.js";
import { dataTable } from "./table.js";
function count(n) {
    return { value: String(n), className: n === 0 ? 'num zero' : 'num' };
}
/** "Governance" for "Smart Governance", so six columns fit; screen readers still hear the full name. */
function dimensionHeader(name) {
    const match = /^(smart\s+)(.+)$/i.exec(name);
    return match ? [h('span', { className: ['sr-only'] }, match[1]), match[2]] : name;
}
/**
 * OPD × dimension: how many initiatives each OPD leads in each dimension, as the book's
 * summary counts them. Row headers link to the OPD's row in the next annex.
 */
export function opdMatrix(ctx) {
    const { summary, chapters } = ctx.book;
    const head = ['OPD', ...chapters.map((c) => ({ value: dimensionHeader(c.title), className: 'num' })), { value: ctx.l.total, className: 'num' }];
    const rows = summary.opds.map(({ group, perDimension, count: c }) => {
        const link = h('a', { href: `#${group.anchor}` }, group.opd.short ?? group.opd.name);
        return [{ value: link, className: 'opd', header: true }, ...perDimension.map(count), count(c.initiatives)];
    });
    const foot = [{ value: ctx.l.total, className: 'opd', header: true }, ...summary.dimensions.map((d) => count(d.count.initiatives)), count(summary.total.initiatives)];
    return dataTable(ctx.l.opdMatrix, 'wide', head, rows, foot);
}
