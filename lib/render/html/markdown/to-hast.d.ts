import type { ElementContent } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import type { RenderContext } from '../context.ts';
/** One block of Markdown and where it goes in the page. */
export interface ContentBlock {
    tree: MdastRoot;
    /** Absolute path of the Markdown file (images and links resolve against it). */
    file: string;
    /** The anchor of the block's container: prefix of its ids and footnotes. */
    scope: string;
    /** Level a body `##` heading takes in the page. */
    base: number;
    /** The container's heading ("4.2.5 TOSSA"), naming its tables for screen readers. */
    label: string;
}
/**
 * Markdown body → safe hast: raw HTML parsed (only when present, it is the slow part), then
 * sanitised, then ids, links, images and headings fitted into the page.
 */
export declare function contentToHast(block: ContentBlock, ctx: RenderContext): Promise<ElementContent[]>;
