import type { LaidPage } from '../flow/page.ts';
/** Printed page numbers: roman from the cover (i), arabic from the first body page (1). */
export declare class Numbering {
    /** Physical index of page 1, or the page count when the book has no arabic part. */
    readonly firstArabic: number;
    constructor(pages: readonly LaidPage[]);
    /** The label of a physical page: "iv" or "12". */
    label(index: number): string;
    /** The /PageLabels number tree: lower-case roman, then decimal from page 1. */
    pdfNums(pageCount: number): unknown[];
}
