import type { Root } from 'mdast';
import { type Block, type BlockContext } from './context.ts';
/** The footnotes of an initiative or chapter, numbered in order of reference, after a short rule. */
export declare function drawFootnotes(root: Root, ctx: BlockContext): Block | undefined;
