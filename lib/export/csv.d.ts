/** A spreadsheet cell before it is written: text, a number, yes/no, or empty. */
export type Cell = string | number | boolean | null | undefined;
/** How a CSV file is written. */
export interface CsvOptions {
    /** Field separator: `,` (default) or `;` (Excel in Indonesian and most European locales), or a tab. */
    delimiter?: string;
    /** Start with a UTF-8 byte-order mark so Excel reads accents and "–" correctly (default true). */
    bom?: boolean;
    /** Text for true and false cells (default "true"/"false"). */
    yes?: string;
    no?: string;
}
/**
 * Rows as RFC 4180 CSV: CRLF line ends, fields quoted when they hold the delimiter,
 * a quote, a line break or edge spaces, quotes doubled.
 */
export declare function toCsv(rows: readonly (readonly Cell[])[], options?: CsvOptions): string;
/** `--delimiter` as typed: `,`, `;`, `|`, or `tab` / `\t`; undefined when not usable. */
export declare function parseDelimiter(value: string): string | undefined;
