import type { Book } from '../model/book.ts';
import type { Count } from '../model/summary.ts';

export type { Count } from '../model/summary.ts';

/** Key under `byElement` for initiatives without an element (not a valid element id, so no clash). */
export const NO_ELEMENT = '_none';

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
export function computeStats(book: Book): Stats {
  const { summary } = book;
  const byDimension: Stats['byDimension'] = {};
  const byElement: Stats['byElement'] = {};
  for (const d of summary.dimensions) {
    byDimension[d.dimension.id] = d.count;
    byElement[d.dimension.id] = Object.fromEntries(d.elements.map((e) => [e.element?.id ?? NO_ELEMENT, e.count]));
  }
  const byOpd: Stats['byOpd'] = {};
  for (const o of summary.opds) if (o.count.initiatives > 0) byOpd[o.group.opd.id] = o.count;
  return {
    initiatives: summary.total.initiatives,
    quickWins: summary.total.quickWins,
    byDimension,
    byOpd,
    opdsWithoutInitiatives: summary.opdsWithoutInitiatives.map((g) => g.opd.id),
    dimensionsWithoutQuickWin: summary.dimensionsWithoutQuickWin.map((d) => d.id),
    byElement,
  };
}
