import type { Image } from 'mdast';
import type { Block, BlockContext } from './context.ts';
/** A figure: the image scaled down to fit (never up), centred, with its numbered caption below. */
export declare function drawImage(node: Image, ctx: BlockContext): Block;
