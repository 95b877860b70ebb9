import type { Box } from './box.ts';

/** How a page is numbered and what surrounds its text block. */
export interface PageStyle {
  numbering: 'roman' | 'arabic';
  /** Running head texts; none on the cover and on chapter openings. */
  head?: { left: string; right: string };
  /** Print the page number. */
  folio: boolean;
  /** Colour of the chapter (band on openings, table tints). */
  colour?: string;
  /** A chapter opening page (no running head). */
  opening?: boolean;
  /** A blank left-hand page before a chapter opening. */
  blank?: boolean;
  /** Set on the paper turned sideways (a table too wide for the portrait text block). */
  landscape?: boolean;
}

/** A box at its vertical position on a page. */
export interface Placed {
  box: Box;
  y: number;
}

/** One finished page: its style and its boxes. */
export interface LaidPage {
  /** 0-based physical index. */
  index: number;
  style: PageStyle;
  placed: Placed[];
  /** The footnote area at the foot of the text block: its separator, then the note lines. */
  notes?: Placed[];
}

/** Every box of a page: the text block's, then the footnote area's. */
export function allPlaced(page: LaidPage): Placed[] {
  return page.notes?.length ? [...page.placed, ...page.notes] : page.placed;
}

/** Where a mark landed. */
export interface Anchor {
  page: number;
  y: number;
}
