import type { Dimension, Labelled } from '../domain/dimensions.ts';
import type { DimensionChapter, Initiative, OpdGroup } from './book.ts';
import { type FundingRow, type YearTable } from './recap.ts';
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
    total: Count & {
        budget: number;
    };
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
export declare function count(initiatives: readonly Initiative[]): Count;
/** The sum of the budgets written (initiatives without one count as zero). */
export declare function budgetOf(initiatives: readonly Initiative[]): number;
/** Count the assembled chapters and OPD groups: the one place the book's numbers come from. */
export declare function summarise(chapters: readonly DimensionChapter[], opds: readonly OpdGroup[], period: {
    start: number;
    end: number;
}): Summary;
