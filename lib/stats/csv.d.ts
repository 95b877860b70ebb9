import type { StatsFormatter } from './format.ts';
/** One row per total, dimension, element and OPD (also with zero), for spreadsheets; UTF-8 with BOM. */
export declare const csv: StatsFormatter;
