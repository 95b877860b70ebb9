import type { Chart } from '../../../model/charts.ts';
import type { Box } from '../flow/box.ts';
import type { BookContext } from './context.ts';
/** A horizontal bar chart drawn as vectors: its title, a legend when it has two series, one row per label. */
export declare function chartBoxes(bc: BookContext, chart: Chart): Box[];
