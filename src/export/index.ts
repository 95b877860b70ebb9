import type { Book } from '../model/book.ts';
import { labels } from '../i18n/labels.ts';
import { tableOf, COLUMNS } from './columns.ts';
import { toCsv } from './csv.ts';
import { exportRows } from './rows.ts';
import { toXlsx } from './xlsx.ts';

import type { ExportFormat } from './formats.ts';

export { EXPORT_FORMATS, type ExportFormat } from './formats.ts';

/** Options of one export. */
export interface ExportOptions {
  format: ExportFormat;
  /** CSV field separator (default `,`). */
  delimiter?: string;
}

const SHEET_NAME = { id: 'Inisiatif', en: 'Initiatives' } as const;

/** The book's initiatives as CSV text, xlsx bytes or JSON text: one row per initiative. */
export function exportBook(book: Book, options: ExportOptions): string | Uint8Array {
  const rows = exportRows(book);
  if (options.format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  const table = tableOf(rows, book.lang);
  if (options.format === 'csv') {
    const words = labels(book.lang);
    return toCsv([table.header, ...table.rows], { delimiter: options.delimiter ?? ',', yes: words.yes, no: words.no });
  }
  return toXlsx({
    name: SHEET_NAME[book.lang],
    columns: COLUMNS.map((c, i) => ({ header: table.header[i] ?? '', kind: c.kind, max: c.max })),
    rows: table.rows,
    frozenColumns: 2,
    title: book.settings.title,
    creator: book.settings.city,
  });
}

export { exportRows, type ExportRow } from './rows.ts';
export { parseDelimiter } from './csv.ts';
