import { formatRupiahShort } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { labels } from '../i18n/labels.ts';
import { shortDimensionName } from './names.ts';
import type { Summary } from './summary.ts';

/** One series of a bar chart: solid bars, or light bars with an outline (told apart in grayscale too). */
export interface ChartSeries {
  name: string;
  tone: 'solid' | 'light';
}

/** One row of a bar chart: a label, its colour, a value per series and how each value is printed. */
export interface ChartRow {
  label: string;
  colour: string;
  values: number[];
  shown: string[];
}

/** A horizontal bar chart, the same in both editions; its numbers are also in the table it follows. */
export interface Chart {
  key: 'counts' | 'budget' | 'years';
  title: string;
  series: ChartSeries[];
  rows: ChartRow[];
  /** The largest value, which fills the bar area. */
  max: number;
}

function chart(key: Chart['key'], title: string, series: ChartSeries[], rows: ChartRow[]): Chart {
  return { key, title, series, rows, max: Math.max(1, ...rows.flatMap((r) => r.values)) };
}

/** The charts of the Ringkasan Eksekutif: initiatives and quick wins per dimension, budget per dimension, budget per year. */
export function summaryCharts(summary: Summary, dimensionNames: ReadonlyMap<string, string>, accent: string, lang: Lang): Chart[] {
  const l = labels(lang);
  const name = (id: string) => shortDimensionName(dimensionNames.get(id) ?? id);
  const money = (n: number) => formatRupiahShort(n, lang);
  const counts = summary.dimensions.map((d) => ({ label: name(d.dimension.id), colour: d.dimension.colour, values: [d.count.initiatives, d.count.quickWins], shown: [String(d.count.initiatives), String(d.count.quickWins)] }));
  const budget = summary.dimensions.map((d) => ({ label: name(d.dimension.id), colour: d.dimension.colour, values: [d.budget], shown: [money(d.budget)] }));
  const { years, totals } = summary.years;
  const perYear = years.map((year, n) => ({ label: String(year), colour: accent, values: [totals.perYear[n]!], shown: [money(totals.perYear[n]!)] }));
  const lump = totals.lump > 0 ? [{ label: l.lumpSum, colour: accent, values: [totals.lump], shown: [money(totals.lump)] }] : [];
  return [
    chart('counts', l.chartCounts, [{ name: l.initiativesShort, tone: 'solid' }, { name: l.quickWinsShort, tone: 'light' }], counts),
    chart('budget', l.chartBudget, [{ name: l.facts.budget, tone: 'solid' }], budget),
    chart('years', l.chartYears, [{ name: l.facts.budget, tone: 'solid' }], [...perYear, ...lump]),
  ];
}
