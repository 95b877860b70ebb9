import { csv } from './csv.ts';
import type { StatsFormatter } from './format.ts';
import { json } from './json.ts';
import { markdown } from './markdown.ts';
import { table } from './table.ts';

/** Stats formats by the name `--format` takes; `table` is the default. */
export const STATS_FORMATS: Readonly<Record<string, StatsFormatter>> = { table, json, csv, markdown };

export { computeStats, type Stats } from './compute.ts';
export { statsView } from './view.ts';
export type { StatsFormatter } from './format.ts';
