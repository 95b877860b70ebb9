import type { FontSet } from '../fonts.ts';
import type { PdfkitFont } from '../pdfkit-internals.ts';
import type { TextStyle } from './style.ts';
/** A piece of text to draw at a baseline, with extra space after each space character. */
export interface TextOp {
    text: string;
    style: TextStyle;
    x: number;
    /** Baseline, measured from the top of the page. */
    baseline: number;
    wordSpace: number;
}
/**
 * Content-stream operators for text pieces, in one BT…ET. We write TJ arrays
 * ourselves (pdfkit's `text()` wraps every call in its own save/transform/BT and
 * cannot space words of a justified line), still through pdfkit's font encoder so the
 * glyphs enter the subset and the ToUnicode map.
 */
export declare function textOperators(fonts: FontSet, ops: readonly TextOp[], pageHeight: number, onFont: (font: PdfkitFont) => void): string;
