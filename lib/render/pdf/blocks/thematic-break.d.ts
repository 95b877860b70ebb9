import type { Block, BlockContext } from './context.ts';
/** A thematic break: a short centred rule with space around it. */
export declare function drawThematicBreak(ctx: BlockContext): Block;
