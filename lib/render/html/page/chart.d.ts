import type { Element } from 'hast';
import type { Chart } from '../../../model/charts.ts';
/**
 * A horizontal bar chart as inline SVG, the same drawing as the PDF's: an image with the
 * chart's title as its name, described by the table that holds its numbers.
 */
export declare function chartFigure(chart: Chart, describedBy: string): Element;
