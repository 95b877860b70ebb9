import type { Painter } from '../paint/painter.ts';
import type { BookContext } from './context.ts';
/** The cover: a band in the governance colour with logo and city, title, subtitle, period, edition and date. */
export declare function paintCover(p: Painter, bc: BookContext): void;
/** The back cover: the book named again over a band in the governance colour, on the last (left-hand) page. */
export declare function paintBackCover(p: Painter, bc: BookContext): void;
/** Close the book with its back cover on a left-hand page, so the page count is even. */
export declare function drawBackCover(bc: BookContext): void;
/** Lay out the cover as the first page. */
export declare function drawCover(bc: BookContext): void;
