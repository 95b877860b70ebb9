import type { StatsFormatter } from './format.ts';
/** The counts exactly as product.md §4 documents them, with `byElement` after the documented keys. */
export declare const json: StatsFormatter;
