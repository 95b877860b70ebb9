import type { BookContext } from './context.ts';
/**
 * Shape the book's words in a few large batches before layout, in the body face that
 * prints most of them: part of fontkit's cost is per call, so this replaces thousands
 * of small calls (one per paragraph or table cell with a new word) by a handful.
 */
export declare function preshape(bc: BookContext): void;
