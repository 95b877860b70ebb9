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
    totals: {
        perYear: number[];
        lump: number;
        total: number;
    };
}
/**
 * Budget per funding source, counted once each: an initiative with one source counts under
 * it, one with several under "mixed", one with none under "none"; the rows add up to the total.
 */
export declare function fundingRows(initiatives: readonly Initiative[], sources: readonly Funding[]): FundingRow[];
/** The budget per dimension and year. */
export declare function yearTable(chapters: readonly DimensionChapter[], period: {
    start: number;
    end: number;
}): YearTable;
