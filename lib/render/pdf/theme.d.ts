/** A font size with its line height, in points. */
export interface TypeSize {
    size: number;
    leading: number;
}
/** A heading style: size, leading, and space before and after, in points. */
export interface HeadingStyle extends TypeSize {
    before: number;
    after: number;
}
/** Where a font face comes from: an npm package and a file inside it. */
export interface FontSource {
    package: string;
    file: string;
}
/** The font faces the book uses. */
export type FontKey = 'regular' | 'bold' | 'italic' | 'boldItalic' | 'mono';
/** The look of the PDF, read from templates/pdf-theme.json (shared with design.md). */
export interface Theme {
    paper: Record<'A4' | 'F4', {
        width: number;
        height: number;
    }>;
    marginsMm: {
        top: number;
        bottom: number;
        inner: number;
        outer: number;
    };
    fonts: Record<FontKey, FontSource>;
    colors: Record<'text' | 'muted' | 'faint' | 'rule' | 'hairline' | 'panel' | 'inlineCode' | 'link' | 'draft' | 'white', string>;
    body: TypeSize & {
        paragraphGap: number;
        align: string;
    };
    small: TypeSize;
    footnote: TypeSize;
    code: TypeSize & {
        padding: number;
    };
    table: TypeSize & {
        padX: number;
        padY: number;
        tint: number;
    };
    facts: TypeSize & {
        labelRatio: number;
    };
    headings: {
        chapterLabel: {
            size: number;
            tracking: number;
        };
        chapterTitle: TypeSize;
        section: HeadingStyle;
        initiative: HeadingStyle;
        h2: HeadingStyle;
        h3: HeadingStyle;
        h4: HeadingStyle;
    };
    chapterOpening: {
        dropMm: number;
        ruleWidth: number;
        ruleHeight: number;
        afterRule: number;
        bandHeight: number;
    };
    runningHead: {
        size: number;
        baselineMm: number;
        ruleMm: number;
    };
    folio: {
        size: number;
        baselineMm: number;
    };
    contents: TypeSize & {
        chapterGap: number;
    };
    draftMark: {
        size: number;
        angle: number;
    };
    keepWithNextLines: number;
    badge: {
        size: number;
        padX: number;
        height: number;
    };
}
/** The default theme. */
export declare const theme: Theme;
/** Points per millimetre. */
export declare const MM: number;
/** Page size and the text block, in points, for one paper format. */
export interface Geometry {
    width: number;
    height: number;
    top: number;
    bottom: number;
    inner: number;
    outer: number;
    /** Width of the text block (the same on both sides of a spread). */
    measure: number;
}
/** The page geometry for A4 or F4. */
export declare function geometry(paper: 'A4' | 'F4', t?: Theme): Geometry;
/** Left edge of the text block: the binding margin is on the left of right-hand (odd) pages. */
export declare function leftEdge(g: Geometry, physicalPage: number): number;
