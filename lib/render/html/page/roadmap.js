import { formatYears } from "../../../i18n/format.js";
import { roadmapSpan } from "../../../model/roadmap.js";
import { h } from "../h.js";
/**
 * Peta Jalan as a table: one row per initiative, one column per year, a bar in the years it
 * runs (solid for a quick win); the years are also written out for screen readers.
 */
export function roadmapTable(ctx, label) {
    const { years, groups } = ctx.book.roadmap;
    const head = h('tr', {}, h('th', { scope: 'col' }, ctx.l.initiative), h('th', { scope: 'col', className: ['sr-only'] }, ctx.l.facts.years), years.map((y) => h('th', { scope: 'col', className: ['year'] }, String(y))));
    const bodies = groups
        .filter((g) => g.initiatives.length > 0)
        .map((g) => {
        const chapter = ctx.book.chapters.find((c) => c.dimension.id === g.dimension.id);
        const rows = g.initiatives.map((i) => {
            const span = roadmapSpan(i);
            const cells = years.map((y) => {
                const on = span && y >= span.from && y <= span.to;
                const ends = on ? [y === span.from ? 'from' : '', y === span.to ? 'to' : ''].filter(Boolean) : [];
                return h('td', { className: ['year', ...(on ? ['on', i.quickWin ? 'qw' : 'plain', ...ends] : [])] }, on ? h('span', { className: ['bar'] }) : null);
            });
            return h('tr', {}, h('th', { scope: 'row', className: ['title'] }, h('a', { href: `#${i.anchor}` }, `${i.number} ${i.title}`)), h('td', { className: ['sr-only'] }, formatYears(i.startYear, i.endYear) || '–'), cells);
        });
        return h('tbody', { className: [`dim-${g.dimension.id}`] }, h('tr', {}, h('th', { scope: 'rowgroup', colSpan: years.length + 2, className: ['group'] }, `${chapter.label} ${chapter.title}`)), rows);
    });
    return h('div', { className: ['roadmap'] }, h('p', { className: ['note'] }, ctx.l.roadmapNote), h('section', { className: ['table-wrap', 'wide', 'roadmap-table'], ariaLabel: label, tabIndex: 0 }, h('table', {}, h('thead', {}, head), bodies)));
}
