import type { Lang } from '../i18n/lang.ts';
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
/** The charts of the Ringkasan Eksekutif: initiatives and quick wins per dimension, budget per dimension, budget per year. */
export declare function summaryCharts(summary: Summary, dimensionNames: ReadonlyMap<string, string>, accent: string, lang: Lang): Chart[];
