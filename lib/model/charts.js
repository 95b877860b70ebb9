import { formatRupiahShort } from "../i18n/format.js";
import { labels } from "../i18n/labels.js";
import { shortDimensionName } from "./names.js";
function chart(key, title, series, rows) {
    return { key, title, series, rows, max: Math.max(1, ...rows.flatMap((r) => r.values)) };
}
/** The charts of the Ringkasan Eksekutif: initiatives and quick wins per dimension, budget per dimension, budget per year. */
export function summaryCharts(summary, dimensionNames, accent, lang) {
    const l = labels(lang);
    const name = (id) => shortDimensionName(dimensionNames.get(id) ?? id);
    const money = (n) => formatRupiahShort(n, lang);
    const counts = summary.dimensions.map((d) => ({ label: name(d.dimension.id), colour: d.dimension.colour, values: [d.count.initiatives, d.count.quickWins], shown: [String(d.count.initiatives), String(d.count.quickWins)] }));
    const budget = summary.dimensions.map((d) => ({ label: name(d.dimension.id), colour: d.dimension.colour, values: [d.budget], shown: [money(d.budget)] }));
    const { years, totals } = summary.years;
    const perYear = years.map((year, n) => ({ label: String(year), colour: accent, values: [totals.perYear[n]], shown: [money(totals.perYear[n])] }));
    const lump = totals.lump > 0 ? [{ label: l.lumpSum, colour: accent, values: [totals.lump], shown: [money(totals.lump)] }] : [];
    return [
        chart('counts', l.chartCounts, [{ name: l.initiativesShort, tone: 'solid' }, { name: l.quickWinsShort, tone: 'light' }], counts),
        chart('budget', l.chartBudget, [{ name: l.facts.budget, tone: 'solid' }], budget),
        chart('years', l.chartYears, [{ name: l.facts.budget, tone: 'solid' }], [...perYear, ...lump]),
    ];
}
