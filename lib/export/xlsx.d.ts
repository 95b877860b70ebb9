import type { ColumnKind } from './columns.ts';
import type { Cell } from './csv.ts';
/** A worksheet to write: one header row, then data rows. */
export interface Sheet {
    name: string;
    columns: readonly {
        header: string;
        kind: ColumnKind;
        max: number;
    }[];
    rows: readonly (readonly Cell[])[];
    /** Columns kept visible while scrolling right (the header row always is). */
    frozenColumns: number;
    /** Document title and author (the city) for the file's properties. */
    title: string;
    creator: string;
}
/** Text XML 1.0 accepts, escaped. */
export declare function xmlText(value: string): string;
/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export declare function columnName(index: number): string;
/**
 * An Office Open XML workbook with one sheet: bold header row, frozen header and
 * leading columns, an auto-filter, fitted column widths, and budgets as numbers in
 * the rupiah format `"Rp"#,##0` (Excel shows the locale's thousands separator).
 */
export declare function toXlsx(sheet: Sheet): Uint8Array;
