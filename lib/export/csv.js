/** Leading characters that make Excel and LibreOffice treat a text cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;
function field(value, delimiter, options) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'boolean')
        return value ? (options.yes ?? 'true') : (options.no ?? 'false');
    if (typeof value === 'number')
        return String(value);
    // A title such as "=HYPERLINK(…)" must stay text when the file is opened (CSV injection).
    const text = FORMULA_START.test(value) ? `'${value}` : value;
    const needsQuotes = text.includes(delimiter) || /["\r\n]/.test(text) || text !== text.trim();
    return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}
/**
 * Rows as RFC 4180 CSV: CRLF line ends, fields quoted when they hold the delimiter,
 * a quote, a line break or edge spaces, quotes doubled.
 */
export function toCsv(rows, options = {}) {
    const delimiter = options.delimiter ?? ',';
    const body = rows.map((row) => row.map((cell) => field(cell, delimiter, options)).join(delimiter)).join('\r\n');
    return `${options.bom === false ? '' : '\uFEFF'}${body}\r\n`;
}
/** `--delimiter` as typed: `,`, `;`, `|`, or `tab` / `\t`; undefined when not usable. */
export function parseDelimiter(value) {
    if (value === 'tab' || value === '\\t' || value === '\t')
        return '\t';
    return value.length === 1 && !/["\r\n]/.test(value) ? value : undefined;
}
