import { strToU8, zipSync } from 'fflate';
import { contentTypes, coreProps, rels, styles, workbook, workbookRels, APP_PROPS, STYLE } from "./xlsx-parts.js";
/** Text XML 1.0 accepts, escaped. */
export function xmlText(value) {
    return value
        .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;');
}
/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index) {
    let name = '';
    for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
        name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    return name;
}
/** Shared strings: each distinct text stored once, cells refer to it by index. */
class Strings {
    list = [];
    index = new Map();
    count = 0;
    add(text) {
        this.count++;
        let at = this.index.get(text);
        if (at === undefined) {
            at = this.list.length;
            this.list.push(text);
            this.index.set(text, at);
        }
        return at;
    }
    xml() {
        const items = this.list.map((s) => `<si><t${/^\s|\s$/.test(s) ? ' xml:space="preserve"' : ''}>${xmlText(s)}</t></si>`);
        return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.count}" uniqueCount="${this.list.length}">${items.join('')}</sst>`;
    }
}
const KIND_STYLE = { text: STYLE.top, wrap: STYLE.wrap, integer: STYLE.integer, rupiah: STYLE.rupiah };
function cellXml(ref, value, kind, strings) {
    if (value === null || value === undefined || value === '')
        return '';
    if (typeof value === 'number' && Number.isFinite(value))
        return `<c r="${ref}" s="${KIND_STYLE[kind]}"><v>${value}</v></c>`;
    const text = typeof value === 'boolean' ? String(value) : String(value);
    return `<c r="${ref}" s="${kind === 'wrap' ? STYLE.wrap : STYLE.top}" t="s"><v>${strings.add(text)}</v></c>`;
}
function widths(sheet) {
    return sheet.columns.map((column, c) => {
        const longest = Math.max(column.header.length, ...sheet.rows.map((r) => (r[c] === null || r[c] === undefined ? 0 : String(r[c]).length + (column.kind === 'rupiah' ? 6 : 0))));
        return Math.min(column.max, Math.max(6, longest)) + 2;
    });
}
function sheetXml(sheet, strings) {
    const last = `${columnName(sheet.columns.length - 1)}${sheet.rows.length + 1}`;
    const header = sheet.columns.map((c, i) => `<c r="${columnName(i)}1" s="${STYLE.header}" t="s"><v>${strings.add(c.header)}</v></c>`).join('');
    const body = sheet.rows.map((row, r) => `<row r="${r + 2}">${sheet.columns.map((c, i) => cellXml(`${columnName(i)}${r + 2}`, row[i], c.kind, strings)).join('')}</row>`);
    const cols = widths(sheet).map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
    const topLeft = `${columnName(sheet.frozenColumns)}2`;
    const pane = `<pane xSplit="${sheet.frozenColumns}" ySplit="1" topLeftCell="${topLeft}" activePane="bottomRight" state="frozen"/><selection pane="topRight"/><selection pane="bottomLeft"/><selection pane="bottomRight" activeCell="${topLeft}" sqref="${topLeft}"/>`;
    return [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
        `<dimension ref="A1:${last}"/><sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>`,
        `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols>`,
        `<sheetData><row r="1">${header}</row>${body.join('')}</sheetData>`,
        `<autoFilter ref="A1:${last}"/>`,
        '</worksheet>',
    ].join('');
}
/** Zip entries get a fixed date, so the same book gives the same bytes. */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));
/**
 * An Office Open XML workbook with one sheet: bold header row, frozen header and
 * leading columns, an auto-filter, fitted column widths, and budgets as numbers in
 * the rupiah format `"Rp"#,##0` (Excel shows the locale's thousands separator).
 */
export function toXlsx(sheet) {
    const strings = new Strings();
    const worksheet = sheetXml(sheet, strings);
    const last = `$${columnName(sheet.columns.length - 1)}$${sheet.rows.length + 1}`;
    const files = {
        '[Content_Types].xml': strToU8(contentTypes()),
        '_rels/.rels': strToU8(rels()),
        'docProps/core.xml': strToU8(coreProps(xmlText(sheet.title), xmlText(sheet.creator))),
        'docProps/app.xml': strToU8(APP_PROPS),
        'xl/workbook.xml': strToU8(workbook(xmlText(sheet.name), `'${xmlText(sheet.name.replace(/'/g, "''"))}'!$A$1:${last}`)),
        'xl/_rels/workbook.xml.rels': strToU8(workbookRels()),
        'xl/styles.xml': strToU8(styles()),
        'xl/worksheets/sheet1.xml': strToU8(worksheet),
        'xl/sharedStrings.xml': strToU8(strings.xml()),
    };
    return zipSync(files, { level: 6, mtime: FIXED_DATE });
}
