import type { List } from 'mdast';
import { type Block, type BlockContext } from './context.ts';
/** An ordered, unordered or task list, nested to any depth; markers in the chapter colour. */
export declare function drawList(node: List, ctx: BlockContext): Block;
