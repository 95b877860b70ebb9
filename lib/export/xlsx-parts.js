/** The fixed parts of an xlsx package (Office Open XML, ECMA-376): manifests, relations, styles. */
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPE = 'application/vnd.openxmlformats-officedocument';
/** Indexes into `cellXfs` of `styles()`. */
export const STYLE = { normal: 0, header: 1, rupiah: 2, integer: 3, wrap: 4, top: 5 };
/** The dimension colour of Smart Governance: the header row's fill. */
const HEADER_FILL = 'FF1F4E79';
/** `[Content_Types].xml`: what each part of the package is. */
export function contentTypes() {
    return `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="${TYPE}.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${TYPE}.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/styles.xml" ContentType="${TYPE}.spreadsheetml.styles+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="${TYPE}.spreadsheetml.sharedStrings+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="${TYPE}.extended-properties+xml"/>
</Types>`;
}
/** `_rels/.rels`: the package's entry points. */
export function rels() {
    return `${XML}<Relationships xmlns="${PKG_REL}">
<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>
</Relationships>`;
}
/** `docProps/core.xml`: title and author; no dates, so output depends only on the book. */
export function coreProps(title, creator) {
    return `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${title}</dc:title><dc:creator>${creator}</dc:creator></cp:coreProperties>`;
}
/** `docProps/app.xml`: the application that wrote the file. */
export const APP_PROPS = `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>masterplan</Application></Properties>`;
/** `xl/workbook.xml` with one sheet and its auto-filter range. */
export function workbook(sheetName, filterRange) {
    return `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">${filterRange}</definedName></definedNames></workbook>`;
}
/** `xl/_rels/workbook.xml.rels`: the sheet, styles and shared strings. */
export function workbookRels() {
    return `${XML}<Relationships xmlns="${PKG_REL}">
<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>
<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>`;
}
/** `xl/styles.xml`: normal, bold white header on the governance colour, rupiah, whole number, wrapped text, top-aligned text. */
export function styles() {
    const xf = (attrs, alignment = '') => `<xf ${attrs} borderId="0" xfId="0"${alignment ? ' applyAlignment="1">' + alignment + '</xf>' : '/>'}`;
    return `${XML}<styleSheet xmlns="${MAIN}">
<numFmts count="1"><numFmt numFmtId="164" formatCode="&quot;Rp&quot;#,##0"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><color rgb="FFFFFFFF"/><name val="Calibri"/><family val="2"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="${HEADER_FILL}"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="6">${[
        xf('numFmtId="0" fontId="0" fillId="0"'),
        xf('numFmtId="0" fontId="1" fillId="2" applyFont="1" applyFill="1"', '<alignment vertical="center" wrapText="1"/>'),
        xf('numFmtId="164" fontId="0" fillId="0" applyNumberFormat="1"', '<alignment vertical="top"/>'),
        xf('numFmtId="1" fontId="0" fillId="0" applyNumberFormat="1"', '<alignment vertical="top"/>'),
        xf('numFmtId="0" fontId="0" fillId="0"', '<alignment vertical="top" wrapText="1"/>'),
        xf('numFmtId="0" fontId="0" fillId="0"', '<alignment vertical="top"/>'),
    ].join('')}</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;
}
