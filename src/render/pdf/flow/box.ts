import type { Painter } from '../paint/painter.ts';
import type { StructNode } from './structure.ts';

/** A place in the book that the contents, links and bookmarks point at. */
export interface Mark {
  id: string;
  /** Bookmark title and depth (0 = chapter, 1 = initiative). */
  outline?: { title: string; level: number };
}

/** A vertical piece of a page, laid out and measured; the paginator only sees its height. */
export interface Box {
  height: number;
  /** Draw at (x, y): the left edge of the text block and the top of the box. */
  paint?: (p: Painter, x: number, y: number) => void;
  /** Never break the page between this box and the next content box. */
  keep?: boolean;
  /** Keep with this many following content boxes (a heading with its first lines). */
  keepNext?: number;
  /** Discardable space: dropped at a page break. */
  glue?: boolean;
  /** Footnotes referred to in this box, each as its boxes: set at the foot of the page this box lands on. */
  notes?: Box[][];
  /** A table row's header, repeated when this row starts a page. */
  header?: Box;
  /** Goes on a landscape page (a wide table and its caption); text around it stays on portrait pages. */
  landscape?: boolean;
  /** Named places at the top of this box. */
  marks?: Mark[];
  /** The structure element what this box draws belongs to (tagged PDF); none: the painter's fallback. */
  tag?: StructNode;
  /** Drawn again for the reader's convenience (repeated column heads): an artifact, not content. */
  artifact?: boolean;
}

/** Vertical space between blocks. */
export function glue(height: number, paint?: Box['paint']): Box {
  return { height, glue: true, ...(paint ? { paint } : {}) };
}
