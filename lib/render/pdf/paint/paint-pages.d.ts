import type { Book } from '../../../model/book.ts';
import type { FontSet } from '../fonts.ts';
import { type LaidPage } from '../flow/page.ts';
import { type Doc } from '../pdfkit-internals.ts';
import { type Geometry, type Theme } from '../theme.ts';
import { Numbering } from './numbering.ts';
/** Draw every laid-out page: furniture, marks (destinations, bookmarks), boxes, then the text. */
export declare function paintPages(doc: Doc, pages: readonly LaidPage[], env: {
    book: Book;
    theme: Theme;
    fonts: FontSet;
    g: Geometry;
    draftLabel: string;
    onPage?: (done: number, total: number) => void;
}): Numbering;
