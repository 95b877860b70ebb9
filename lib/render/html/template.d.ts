import type { Book } from '../../model/book.ts';
/** The page's own CSS and script, read from templates/html/ at render time. */
export interface PageTemplate {
    css: string;
    script: string;
}
/** Read the stylesheets and the page scripts; a fresh read per render, so edits show on the next build. */
export declare function loadTemplate(book: Book): Promise<PageTemplate>;
/**
 * Content-Security-Policy for the page: only our inline style and script (by hash) and
 * images next to the file. Defence in depth behind sanitising: even markup that slipped
 * through could not run code or reach the network.
 */
export declare function contentSecurityPolicy(template: PageTemplate): string;
