import type { Paragraph } from 'mdast';
import { type Block, type BlockContext } from './context.ts';
/** A paragraph holding nothing but images is a figure. */
export declare function onlyImages(node: Paragraph): boolean;
/** A paragraph: justified body text, or a figure when it holds only images. */
export declare function drawParagraph(node: Paragraph, ctx: BlockContext): Block;
