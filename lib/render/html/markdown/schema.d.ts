import { type Options as Schema } from 'rehype-sanitize';
/**
 * The sanitize schema for one block of content. Ids, names and ARIA references from content
 * get the prefix `<scope>__`: no slug contains `__`, so content can never clobber a book
 * anchor (an initiative id, `#toc`…) or another block's footnotes.
 */
export declare function sanitizeSchema(scope: string): Schema;
