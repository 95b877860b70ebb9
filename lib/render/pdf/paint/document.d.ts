import type { Book } from '../../../model/book.ts';
import { type Doc } from '../pdfkit-internals.ts';
import type { Geometry } from '../theme.ts';
/** A document with the book's metadata; dates from SOURCE_DATE_EPOCH so builds are reproducible. */
export declare function createDocument(book: Book, g: Geometry, sourceDateEpoch?: number): Doc;
/** Write /PageLabels into the catalog (pdfkit has no API for it). */
export declare function setPageLabels(doc: Doc, nums: unknown[]): void;
/** Collect the document's bytes; call before the first page is added. */
export declare function collect(doc: Doc): Promise<Buffer>;
