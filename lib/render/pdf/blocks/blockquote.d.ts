import type { Blockquote } from 'mdast';
import { type Block, type BlockContext } from './context.ts';
/** A block quote: indented, with a bar in the chapter colour. */
export declare function drawBlockquote(node: Blockquote, ctx: BlockContext): Block;
