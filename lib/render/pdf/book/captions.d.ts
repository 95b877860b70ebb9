import type { Node } from 'mdast';
import type { Book } from '../../../model/book.ts';
import type { Caption } from '../blocks/context.ts';
/** Numbered tables and figures, known before layout so the lists can come first. */
export interface CaptionIndex {
    byNode: WeakMap<Node, Caption>;
    /** Paragraphs used as captions ("Tabel: …" before a table), not printed as text. */
    hidden: WeakSet<Node>;
    tables: Caption[];
    figures: Caption[];
}
/** Number every table and figure of the book in reading order ("Tabel 4.2" in BAB IV). */
export declare function indexCaptions(book: Book): CaptionIndex;
