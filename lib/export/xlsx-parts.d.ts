/** The fixed parts of an xlsx package (Office Open XML, ECMA-376): manifests, relations, styles. */
/** Indexes into `cellXfs` of `styles()`. */
export declare const STYLE: {
    readonly normal: 0;
    readonly header: 1;
    readonly rupiah: 2;
    readonly integer: 3;
    readonly wrap: 4;
    readonly top: 5;
};
/** `[Content_Types].xml`: what each part of the package is. */
export declare function contentTypes(): string;
/** `_rels/.rels`: the package's entry points. */
export declare function rels(): string;
/** `docProps/core.xml`: title and author; no dates, so output depends only on the book. */
export declare function coreProps(title: string, creator: string): string;
/** `docProps/app.xml`: the application that wrote the file. */
export declare const APP_PROPS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>masterplan</Application></Properties>";
/** `xl/workbook.xml` with one sheet and its auto-filter range. */
export declare function workbook(sheetName: string, filterRange: string): string;
/** `xl/_rels/workbook.xml.rels`: the sheet, styles and shared strings. */
export declare function workbookRels(): string;
/** `xl/styles.xml`: normal, bold white header on the governance colour, rupiah, whole number, wrapped text, top-aligned text. */
export declare function styles(): string;
