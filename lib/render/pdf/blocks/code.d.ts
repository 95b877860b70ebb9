import type { Code } from 'mdast';
import type { Block, BlockContext } from './context.ts';
/** Cut one source line into pieces of at most `max` characters, preferring to break after a space. */
export declare function wrapCodeLine(text: string, max: number): string[];
/** A code block: monospace on a light grey panel, long lines wrapped (never clipped). */
export declare function drawCode(node: Code, ctx: BlockContext): Block;
