import type { Element, Root } from 'hast';
/** What a content block's links may point at. */
export interface LinkOptions {
    /** The prefix sanitize gave this block's ids (`<scope>__`). */
    scope: string;
    /** Folder of the Markdown file, for relative links to other initiative files. */
    baseDir: string;
    /** Whether an id is a book anchor (initiative, chapter…). */
    isAnchor: (id: string) => boolean;
    /** Initiative anchors by absolute path of their Markdown file. */
    fileAnchors: ReadonlyMap<string, string>;
}
/** Every id in a block (after sanitize gave them the block's prefix). */
export declare function collectIds(tree: Root): Set<string>;
/**
 * A fixer that makes in-page links of content work after sanitize prefixed its ids: `#fn-1`
 * goes to this block's footnote, `#tossa` to the initiative, `tossa.md` to its anchor.
 */
export declare function linkFixer(options: LinkOptions, local: Set<string>): (node: Element) => void;
