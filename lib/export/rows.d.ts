import type { Book } from '../model/book.ts';
/** One initiative as a flat record: every frontmatter field, names resolved, in book order. */
export interface ExportRow {
    /** Heading number in the book, e.g. "4.2.3". */
    number: string;
    id: string;
    title: string;
    dimension: string;
    dimension_name: string;
    element: string | null;
    element_name: string | null;
    opd: string;
    opd_name: string;
    supporting_opd: string[];
    supporting_opd_names: string[];
    quick_win: boolean;
    horizon: string | null;
    start_year: number | null;
    end_year: number | null;
    status: string | null;
    budget: number | null;
    funding: string[];
    partners: string[];
    kpi: {
        indicator: string;
        target: string | number;
        year: number | null;
    }[];
    /** The source file, relative to the working directory with `/`. */
    file: string;
}
/** Every valid initiative of the book as a record, in the book's order (by chapter and number). */
export declare function exportRows(book: Book): ExportRow[];
