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

/** Leading characters that make Excel and LibreOffice treat a text cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

function field(value: Cell, delimiter: string, options: CsvOptions): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? (options.yes ?? 'true') : (options.no ?? 'false');
  if (typeof value === 'number') return String(value);
  // A title such as "=HYPERLINK(…)" must stay text when the file is opened (CSV injection).
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  const needsQuotes = text.includes(delimiter) || /["\r\n]/.test(text) || text !== text.trim();
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows as RFC 4180 CSV: CRLF line ends, fields quoted when they hold the delimiter,
 * a quote, a line break or edge spaces, quotes doubled.
 */
export function toCsv(rows: readonly (readonly Cell[])[], options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const body = rows.map((row) => row.map((cell) => field(cell, delimiter, options)).join(delimiter)).join('\r\n');
  return `${options.bom === false ? '' : '\uFEFF'}${body}\r\n`;
}

/** `--delimiter` as typed: `,`, `;`, `|`, or `tab` / `\t`; undefined when not usable. */
export function parseDelimiter(value: string): string | undefined {
  if (value === 'tab' || value === '\\t' || value === '\t') return '\t';
  return value.length === 1 && !/["\r\n]/.test(value) ? value : undefined;
}
