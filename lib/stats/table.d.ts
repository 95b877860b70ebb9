import type { StatsFormatter } from './format.ts';
/** A readable terminal table with a bar per dimension and per OPD (█ quick wins, ▒ other initiatives). */
export declare const table: StatsFormatter;
