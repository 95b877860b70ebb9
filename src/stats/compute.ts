import type { Book, PlacedInitiative } from '../model/book.ts';
import type { DimensionId } from '../domain/dimensions.ts';

/** How many initiatives, and how many of them quick wins. */
export interface Count {
  initiatives: number;
  quickWins: number;
}

/** Key under `byElement` for initiatives without an element (not a valid element id, so no clash). */
export const NO_ELEMENT = '_none';

/** The counts of product.md §4 (`stats --format json`), plus counts per element. */
export interface Stats {
  initiatives: number;
  quickWins: number;
  /** All six dimension ids, in book order, also with zero. */
  byDimension: Record<string, Count>;
  /** Initiatives each OPD leads, keyed by registry id, in registry order; only OPDs that lead one. */
  byOpd: Record<string, Count>;
  /** Registry OPDs that lead no initiative, in registry order. */
  opdsWithoutInitiatives: string[];
  dimensionsWithoutQuickWin: DimensionId[];
  /** Per dimension, every element (also with zero), and `_none` when some have no element. */
  byElement: Record<string, Record<string, Count>>;
}

function count(initiatives: readonly PlacedInitiative[]): Count {
  return { initiatives: initiatives.length, quickWins: initiatives.filter((i) => i.quickWin).length };
}

function byElement(book: Book): Stats['byElement'] {
  const out: Stats['byElement'] = {};
  for (const chapter of book.chapters) {
    const elements: Record<string, Count> = {};
    for (const element of chapter.dimension.elements) {
      elements[element.id] = count(chapter.initiatives.filter((i) => i.element?.id === element.id));
    }
    const rest = chapter.initiatives.filter((i) => !i.element || !(i.element.id in elements));
    if (rest.length > 0) elements[NO_ELEMENT] = count(rest);
    out[chapter.dimension.id] = elements;
  }
  return out;
}

/** Count a book's valid initiatives per dimension, element and lead OPD. */
export function computeStats(book: Book): Stats {
  const byDimension: Stats['byDimension'] = {};
  for (const chapter of book.chapters) byDimension[chapter.dimension.id] = count(chapter.initiatives);
  const byOpd: Record<string, Count> = {};
  const opdsWithoutInitiatives: string[] = [];
  for (const { opd, initiatives } of book.opds) {
    if (initiatives.length > 0) byOpd[opd.id] = count(initiatives);
    else opdsWithoutInitiatives.push(opd.id);
  }
  return {
    initiatives: book.initiatives.length,
    quickWins: book.quickWins.length,
    byDimension,
    byOpd,
    opdsWithoutInitiatives,
    dimensionsWithoutQuickWin: book.chapters.filter((c) => !c.initiatives.some((i) => i.quickWin)).map((c) => c.dimension.id),
    byElement: byElement(book),
  };
}
