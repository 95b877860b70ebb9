/**
 * Text made safe for one cell of a GFM table. `Code spans` in messages stay code spans
 * (only their pipes and line breaks change, as a table row needs); everything else is
 * escaped so that HTML, emphasis and links in a message print as written.
 */
export declare function markdownCell(text: string): string;
