import { labels } from "../i18n/labels.js";
import { tableOf, COLUMNS } from "./columns.js";
import { toCsv } from "./csv.js";
import { exportRows } from "./rows.js";
import { toXlsx } from "./xlsx.js";
/** The spreadsheet formats `export` writes. */
export const EXPORT_FORMATS = ['csv', 'xlsx', 'json'];
const SHEET_NAME = { id: 'Inisiatif', en: 'Initiatives' };
/** The book's initiatives as CSV text, xlsx bytes or JSON text: one row per initiative. */
export function exportBook(book, options) {
    const rows = exportRows(book);
    if (options.format === 'json')
        return `${JSON.stringify(rows, null, 2)}\n`;
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
export { exportRows } from "./rows.js";
export { parseDelimiter } from "./csv.js";
