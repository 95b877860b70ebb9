import type { PdfkitFont } from './pdfkit-internals.ts';
/** Width of a space in 1/1000 em. */
export declare function spaceWidth(font: PdfkitFont): number;
/**
 * Shape many words in one fontkit call and store each word's glyphs in pdfkit's own
 * layout cache. fontkit spends most of a call setting up its OpenType tables, so
 * shaping a paragraph word by word (what pdfkit does) costs 10–50× more than once per
 * paragraph. Words are split again at space glyphs; kerning and ligatures inside a
 * word are kept. Afterwards pdfkit's `encode` and `widthOfString` find every word cached.
 */
export declare function shapeWords(font: PdfkitFont, words: readonly string[]): void;
