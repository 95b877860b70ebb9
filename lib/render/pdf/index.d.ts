import type { Book, BookKind } from '../../model/book.ts';
/** Options of one PDF build. */
export interface PdfOptions {
    /** Seconds since 1970 for the document dates (from SOURCE_DATE_EPOCH), so identical input gives identical bytes. */
    sourceDateEpoch?: number;
    /** Buku Satu (default) or the executive summary on its own. */
    book?: BookKind;
    /** Called after each page is drawn, for a progress line. */
    onPage?: (done: number, total: number) => void;
}
/**
 * Render the book as a print-ready PDF: lay out every page first (so the contents
 * know the true page numbers), then draw them.
 */
export declare function renderPdf(book: Book, options?: PdfOptions): Promise<Buffer>;
