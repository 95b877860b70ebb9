import { type Doc, type PdfkitFont } from './pdfkit-internals.ts';
import type { FontKey, FontSource, Theme } from './theme.ts';
/** Absolute path of a font file shipped in an npm package. */
export declare function fontPath(source: FontSource): string;
/** The faces of one document with cached word widths (pdfkit subsets on first draw only). */
export declare class FontSet {
    private readonly fonts;
    private readonly widths;
    constructor(doc: Doc, t: Theme);
    /** The pdfkit font object of a face. */
    get(key: FontKey): PdfkitFont;
    /** Shape the words not yet seen in one go (see shape.ts); later `width` calls are cache hits. */
    prepare(key: FontKey, words: readonly string[]): void;
    /** Advance width of `text` at `size` points (words shaped by shape.ts, spaces added). */
    width(key: FontKey, text: string, size: number): number;
    /** Characters of `text` the face cannot draw (whitespace and control characters aside). */
    missingGlyphs(key: FontKey, text: string): string[];
    /** Ascender of a face at `size`, in points. */
    ascent(key: FontKey, size: number): number;
    /** Height of capitals at `size`, in points. */
    capHeight(key: FontKey, size: number): number;
}
