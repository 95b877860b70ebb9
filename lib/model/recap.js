const sum = (values) => values.reduce((a, b) => a + b, 0);
/**
 * Budget per funding source, counted once each: an initiative with one source counts under
 * it, one with several under "mixed", one with none under "none"; the rows add up to the total.
 */
export function fundingRows(initiatives, sources) {
    const rows = new Map();
    const add = (source, i) => {
        const row = rows.get(source) ?? { source, initiatives: 0, budget: 0 };
        row.initiatives += 1;
        row.budget += i.budget ?? 0;
        rows.set(source, row);
    };
    for (const i of initiatives)
        add(i.funding.length === 0 ? 'none' : i.funding.length === 1 ? i.funding[0] : 'mixed', i);
    const order = [...sources, 'mixed', 'none'];
    return order.flatMap((source) => rows.get(source) ?? []);
}
/** Every year of the period, and any year a budget names outside it (so the columns still add up). */
function yearsOf(chapters, period) {
    const years = new Set();
    for (let y = period.start; y <= period.end; y++)
        years.add(y);
    for (const c of chapters)
        for (const i of c.initiatives)
            for (const b of i.budgetByYear ?? [])
                years.add(b.year);
    return [...years].sort((a, b) => a - b);
}
/** The budget per dimension and year. */
export function yearTable(chapters, period) {
    const years = yearsOf(chapters, period);
    const rows = chapters.map((c) => {
        const perYear = years.map((year) => sum(c.initiatives.flatMap((i) => (i.budgetByYear ?? []).filter((b) => b.year === year).map((b) => b.amount))));
        const lump = sum(c.initiatives.filter((i) => !i.budgetByYear && i.budget !== undefined).map((i) => i.budget));
        return { dimension: c.dimension, perYear, lump, total: sum(perYear) + lump };
    });
    const totals = { perYear: years.map((_, n) => sum(rows.map((r) => r.perYear[n]))), lump: sum(rows.map((r) => r.lump)), total: sum(rows.map((r) => r.total)) };
    return { years, rows, totals };
}
