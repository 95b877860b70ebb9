import type { Dimension, Labelled } from '../domain/dimensions.ts';
import { FUNDING } from '../schema/initiative.ts';
import type { DimensionChapter, Initiative, OpdGroup } from './book.ts';
import { fundingRows, yearTable, type FundingRow, type YearTable } from './recap.ts';

/** How many initiatives, and how many of them quick wins. */
export interface Count {
  initiatives: number;
  quickWins: number;
}

/** One element of a dimension; `element` is undefined for initiatives without one ("Lainnya"). */
export interface ElementSummary {
  element?: Labelled;
  count: Count;
}

/** One dimension: its initiatives, quick wins and budget, and the same per element. */
export interface DimensionSummary {
  dimension: Dimension;
  count: Count;
  budget: number;
  /** How many of its initiatives have a budget written (none: the book prints "–", not Rp0). */
  budgeted: number;
  /** Every element of the dimension (also with zero), then "Lainnya" when some have none. */
  elements: ElementSummary[];
}

/** One row of the OPD × dimension matrix. */
export interface OpdSummary {
  group: OpdGroup;
  count: Count;
  /** Initiatives it leads in each dimension, in chapter order. */
  perDimension: number[];
}

/** Every count the book prints and `stats` reports, computed once from the assembled book. */
export interface Summary {
  total: Count & { budget: number; budgeted: number };
  /** All six dimensions in chapter order, also with zero. */
  dimensions: DimensionSummary[];
  /** The matrix rows: every OPD that leads an initiative, in the order of `book.opds`; their counts add up to the totals. */
  opds: OpdSummary[];
  quickWinBudget: number;
  /** OPDs that lead at least one initiative, in the order of `book.opds`. */
  leading: OpdGroup[];
  /** Registry OPDs that lead no initiative, in registry order. */
  opdsWithoutInitiatives: OpdGroup[];
  dimensionsWithoutQuickWin: Dimension[];
  /** Budget per funding source (each initiative counted once). */
  funding: FundingRow[];
  /** Budget per dimension and year. */
  years: YearTable;
}

/** Count a list of initiatives. */
export function count(initiatives: readonly Initiative[]): Count {
  let quickWins = 0;
  for (const i of initiatives) if (i.quickWin) quickWins++;
  return { initiatives: initiatives.length, quickWins };
}

/** The sum of the budgets written (initiatives without one count as zero). */
export function budgetOf(initiatives: readonly Initiative[]): number {
  return initiatives.reduce((sum, i) => sum + (i.budget ?? 0), 0);
}

function elements(chapter: DimensionChapter): ElementSummary[] {
  const known = new Set(chapter.dimension.elements.map((e) => e.id));
  const out: ElementSummary[] = chapter.dimension.elements.map((element) => ({ element, count: count(chapter.initiatives.filter((i) => i.element?.id === element.id)) }));
  const rest = chapter.initiatives.filter((i) => !i.element || !known.has(i.element.id));
  if (rest.length > 0) out.push({ count: count(rest) });
  return out;
}

function budgeted(initiatives: readonly Initiative[]): number {
  return initiatives.filter((i) => i.budget !== undefined).length;
}

/** The dimensions that have no quick win (a whole-book rule reads these alone). */
export function withoutQuickWin(chapters: readonly DimensionChapter[]): Dimension[] {
  return chapters.filter((c) => !c.initiatives.some((i) => i.quickWin)).map((c) => c.dimension);
}

/** Count the assembled chapters and OPD groups: the one place the book's numbers come from. */
export function summarise(chapters: readonly DimensionChapter[], opds: readonly OpdGroup[], period: { start: number; end: number }): Summary {
  const all = chapters.flatMap((c) => c.initiatives);
  const quickWins = all.filter((i) => i.quickWin);
  return {
    total: { ...count(all), budget: budgetOf(all), budgeted: budgeted(all) },
    dimensions: chapters.map((c) => ({ dimension: c.dimension, count: count(c.initiatives), budget: budgetOf(c.initiatives), budgeted: budgeted(c.initiatives), elements: elements(c) })),
    opds: opds.filter((g) => g.initiatives.length > 0).map((group) => ({
      group,
      count: count(group.initiatives),
      perDimension: chapters.map((c) => group.initiatives.filter((i) => i.dimension === c.dimension.id).length),
    })),
    quickWinBudget: budgetOf(quickWins),
    leading: opds.filter((g) => g.initiatives.length > 0),
    opdsWithoutInitiatives: opds.filter((g) => g.registered && g.initiatives.length === 0),
    dimensionsWithoutQuickWin: withoutQuickWin(chapters),
    funding: fundingRows(all, FUNDING),
    years: yearTable(chapters, period),
  };
}
