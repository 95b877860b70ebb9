import type { Stats } from './compute.ts';
import type { StatsView } from './view.ts';
/** How a stats format may render: colour only on a terminal; the raw counts for machine formats. */
export interface StatsContext {
    color: boolean;
    stats: Stats;
}
/** A pure stats formatter: the named view (and raw counts) in, text out. */
export type StatsFormatter = (view: StatsView, ctx: StatsContext) => string;
