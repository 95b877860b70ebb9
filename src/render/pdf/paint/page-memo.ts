import type { Box } from '../flow/box.ts';
import type { Mark } from '../flow/box.ts';
import type { StructNode } from '../flow/structure.ts';
import type { Link } from '../text/style.ts';

/**
 * What painting one page did besides writing its content, in order: each is done again
 * when the page is replayed (its content then comes from the record, not from drawing).
 */
export type Effect =
  /** A structure element attached in reading order (`Tagger.touch`). */
  | { kind: 'touch'; node: StructNode }
  /** A marked-content sequence of a structure element (`Tagger.mark`): its MCID and parent-tree entry. */
  | { kind: 'mark'; node: StructNode }
  /** A face became a resource of the page (its dictionary is numbered on the first page that uses it). */
  | { kind: 'font'; id: string }
  /** Text encoded: its glyphs join the face's subset, in this order. */
  | { kind: 'encode'; id: string; text: string; features: unknown }
  /** A link annotation (pdfkit `link` or `goTo`) at the transformation it was drawn under. */
  | { kind: 'link'; goTo: boolean; args: [number, number, number, number, string]; ctm: number[] }
  /** A named place and its bookmark (`PagePainter.mark`). */
  | { kind: 'anchor'; mark: Mark; y: number }
  /** A link's Link element, made or taken up on this page (`Painter.linkMarking`). */
  | { kind: 'linkNode'; link: Link; node: StructNode };

/** What a page's drawing read from outside its boxes: a place's page label, or whether it exists. */
export type Lookup = { kind: 'label'; id: string; value: string | undefined } | { kind: 'has'; id: string; value: boolean };

/** One painted page: what it was drawn from, what it did, and the content it wrote. */
export interface PageRecord {
  /** Its boxes and their tops, alternating. */
  placed: (Box | number)[];
  label: string;
  style: string;
  /** The faces' subsets when the page began (see `PagePainter`). */
  fonts: string;
  lookups: Lookup[];
  /** Each link drawn on the page and its Link element when the page began: they must be the same now. */
  linksBefore: { link: Link; node: StructNode | undefined }[];
  effects: Effect[];
  /** The content stream's text after the page's own first operator. */
  content: string;
}

/** Records being made of the pages painted now; set while a page is drawn. */
export interface Recorder {
  effects: Effect[];
  lookups: Lookup[];
  linksBefore: { link: Link; node: StructNode | undefined }[];
  /** The links in `linksBefore`. */
  links: Set<Link>;
  /** Something was drawn that is not replayed (an image): the page is always drawn. */
  unrepeatable: boolean;
}

/**
 * Painted pages remembered between renders of one process (`watch`): an edit changes a
 * few pages, and a page whose boxes, page labels and font subsets are those of the last
 * render is the same page: its content is taken from the record and only what it did to
 * the rest of the document (structure, fonts, links, bookmarks) is done again. Off in
 * `build`. Records are kept per kind of render (`key`: book, draft, paper), for the last
 * render of that kind only.
 */
class PageMemo {
  private readonly byKey = new Map<string, (PageRecord | undefined)[]>();

  /** Pages replayed and pages drawn, since the process began. */
  readonly counts = { replayed: 0, drawn: 0 };

  /** Start a render of kind `key`: the records of the last one, and where this one's go. */
  render(key: string): { previous: readonly (PageRecord | undefined)[]; current: (PageRecord | undefined)[] } {
    const previous = this.byKey.get(key) ?? [];
    const current: (PageRecord | undefined)[] = [];
    this.byKey.set(key, current);
    return { previous, current };
  }
}

let memo: PageMemo | undefined;

/** Remember painted pages from now on (a process that renders the book again and again); `false` stops. */
export function rememberPages(on = true): void {
  memo = on ? (memo ?? new PageMemo()) : undefined;
}

/** The memo, when this process remembers pages. */
export function pageMemo(): PageMemo | undefined {
  return memo;
}
