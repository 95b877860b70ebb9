import type { Book, BookKind } from '../../model/book.ts';
/** A file the HTML page refers to, written next to it (e.g. `assets/logo.png`). */
export interface HtmlAsset {
    /** Path relative to the output folder, with `/`. */
    name: string;
    data: Buffer;
}
/** The HTML edition: one page plus the assets it links to. */
export interface HtmlOutput {
    html: string;
    assets: HtmlAsset[];
}
/**
 * Render the book as one self-contained HTML page: the page is built as hast (so every
 * template value is escaped), content goes through sanitise, CSS and script are inlined.
 */
export declare function renderHtml(book: Book, kind?: BookKind): Promise<HtmlOutput>;
