import type { Book } from '../model/book.ts';
import type { Count } from '../model/summary.ts';
export type { Count } from '../model/summary.ts';
/** Key under `byElement` for initiatives without an element (not a valid element id, so no clash). */
export declare const NO_ELEMENT = "_none";
/** The counts of product.md §4 (`stats --format json`), plus counts per element. */
export interface Stats {
    initiatives: number;
    quickWins: number;
    /** All six dimension ids, in book order, also with zero. */
    byDimension: Record<string, Count>;
    /** Initiatives each OPD leads, keyed by registry id (agencies outside it by their name as an id); only OPDs that lead one. */
    byOpd: Record<string, Count>;
    /** Registry OPDs that lead no initiative, in registry order. */
    opdsWithoutInitiatives: string[];
    dimensionsWithoutQuickWin: string[];
    /** Per dimension, every element (also with zero), and `_none` when some have no element. */
    byElement: Record<string, Record<string, Count>>;
}
/** The book's summary in the shape `stats --format json` documents: it counts nothing itself. */
export declare function computeStats(book: Book): Stats;
