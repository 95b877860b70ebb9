import type { RootContent } from 'mdast';
import { type Box } from '../flow/box.ts';
import type { Block, BlockContext } from './context.ts';
/** The draw function of one Markdown block node; raw HTML and definitions draw nothing. */
export declare function drawNode(node: RootContent, ctx: BlockContext): Block | undefined;
/** Blocks one after another with collapsed spacing between them. */
export declare function stack(blocks: readonly Block[]): Block;
/** Keep the last two content boxes together so a chapter never ends with one line alone on a page. */
export declare function keepEnding(boxes: Box[]): Box[];
/** Lay out a sequence of Markdown block nodes. */
export declare function drawBlocks(nodes: readonly RootContent[], ctx: BlockContext): Block;
