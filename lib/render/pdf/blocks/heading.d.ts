import type { Heading } from 'mdast';
import type { Block, BlockContext } from './context.ts';
/**
 * A heading inside a chapter or an initiative body (unnumbered; the numbered levels
 * are the book's own). It keeps with the next lines so it never ends a page.
 */
export declare function drawHeading(node: Heading, ctx: BlockContext): Block;
