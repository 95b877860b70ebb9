import type { AnnexKey } from '../../../model/book.ts';
import type { BookContext } from './context.ts';
/** Lampiran: every annex of the book (or the ones asked for), each on a new page, with page numbers. */
export declare function drawAnnexes(bc: BookContext, only?: readonly AnnexKey[]): void;
