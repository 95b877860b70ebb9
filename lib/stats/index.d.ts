import type { StatsFormatter } from './format.ts';
/** Stats formats by the name `--format` takes; `table` is the default. */
export declare const STATS_FORMATS: Readonly<Record<string, StatsFormatter>>;
export { computeStats, type Stats } from './compute.ts';
export { statsView } from './view.ts';
export type { StatsFormatter } from './format.ts';
