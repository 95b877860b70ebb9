import type { Lang } from '../i18n/lang.ts';
import type { Cell } from './csv.ts';
import type { ExportRow } from './rows.ts';
/** How a spreadsheet column is shown: plain text, wrapped text, a whole number or rupiah. */
export type ColumnKind = 'text' | 'wrap' | 'integer' | 'rupiah';
/** One column of the spreadsheet edition: its header in each language and how to fill it. */
export interface Column {
    header: Record<Lang, string>;
    kind: ColumnKind;
    /** Widest the column gets, in characters. */
    max: number;
    value: (row: ExportRow, lang: Lang) => Cell;
}
/** KPI as one cell: "Pengguna aktif bulanan: 10.000 (2021); …". */
export declare function flattenKpi(kpi: ExportRow['kpi']): string | null;
/**
 * The columns of the CSV and xlsx editions, in order. The title comes second so it can
 * stay frozen beside the number while scrolling right.
 */
export declare const COLUMNS: readonly Column[];
/** The header row and one row of cells per initiative. */
export declare function tableOf(rows: readonly ExportRow[], lang: Lang): {
    header: string[];
    rows: Cell[][];
};
