import type { Book } from '../../book.ts';

/** Options of one PDF build. */
export interface PdfOptions {
  /** Seconds since 1970 for the document dates (from SOURCE_DATE_EPOCH), so identical input gives identical bytes. */
  sourceDateEpoch?: number;
}

/** Render the book as a print-ready PDF. */
export async function renderPdf(book: Book, options: PdfOptions = {}): Promise<Buffer> {
  void book;
  void options;
  throw new Error('not implemented');
}
