import type { Book } from '../model/book.ts';
/** The spreadsheet formats `export` writes. */
export declare const EXPORT_FORMATS: readonly ["csv", "xlsx", "json"];
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** Options of one export. */
export interface ExportOptions {
    format: ExportFormat;
    /** CSV field separator (default `,`). */
    delimiter?: string;
}
/** The book's initiatives as CSV text, xlsx bytes or JSON text: one row per initiative. */
export declare function exportBook(book: Book, options: ExportOptions): string | Uint8Array;
export { exportRows, type ExportRow } from './rows.ts';
export { parseDelimiter } from './csv.ts';
