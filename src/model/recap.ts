import type { Dimension } from '../domain/dimensions.ts';
import type { DimensionChapter, Funding, Initiative } from './book.ts';

/** Budget of the initiatives funded by one source alone; `mixed` for several sources, `none` for none written. */
export interface FundingRow {
  source: Funding | 'mixed' | 'none';
  initiatives: number;
  budget: number;
}

/** Budget per year of one dimension; `lump` holds budgets written as one sum without years. */
export interface YearRow {
  dimension: Dimension;
  perYear: number[];
  lump: number;
  total: number;
}

/** The budget of the book per dimension and year, with lump sums in their own column. */
export interface YearTable {
  years: number[];
  rows: YearRow[];
  totals: { perYear: number[]; lump: number; total: number };
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/**
 * Budget per funding source, counted once each: an initiative with one source counts under
 * it, one with several under "mixed", one with none under "none"; the rows add up to the total.
 */
export function fundingRows(initiatives: readonly Initiative[], sources: readonly Funding[]): FundingRow[] {
  const rows = new Map<FundingRow['source'], FundingRow>();
  const add = (source: FundingRow['source'], i: Initiative) => {
    const row = rows.get(source) ?? { source, initiatives: 0, budget: 0 };
    row.initiatives += 1;
    row.budget += i.budget ?? 0;
    rows.set(source, row);
  };
  for (const i of initiatives) add(i.funding.length === 0 ? 'none' : i.funding.length === 1 ? i.funding[0]! : 'mixed', i);
  const order: FundingRow['source'][] = [...sources, 'mixed', 'none'];
  return order.flatMap((source) => rows.get(source) ?? []);
}

/** Every year of the period, and any year a budget names outside it (so the columns still add up). */
function yearsOf(chapters: readonly DimensionChapter[], period: { start: number; end: number }): number[] {
  const years = new Set<number>();
  for (let y = period.start; y <= period.end; y++) years.add(y);
  for (const c of chapters) for (const i of c.initiatives) for (const b of i.budgetByYear ?? []) years.add(b.year);
  return [...years].sort((a, b) => a - b);
}

/** The budget per dimension and year. */
export function yearTable(chapters: readonly DimensionChapter[], period: { start: number; end: number }): YearTable {
  const years = yearsOf(chapters, period);
  const rows = chapters.map((c): YearRow => {
    const perYear = years.map((year) => sum(c.initiatives.flatMap((i) => (i.budgetByYear ?? []).filter((b) => b.year === year).map((b) => b.amount))));
    const lump = sum(c.initiatives.filter((i) => !i.budgetByYear && i.budget !== undefined).map((i) => i.budget!));
    return { dimension: c.dimension, perYear, lump, total: sum(perYear) + lump };
  });
  const totals = { perYear: years.map((_, n) => sum(rows.map((r) => r.perYear[n]!))), lump: sum(rows.map((r) => r.lump)), total: sum(rows.map((r) => r.total)) };
  return { years, rows, totals };
}
