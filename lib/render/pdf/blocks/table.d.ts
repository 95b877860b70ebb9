import type { Table } from 'mdast';
import type { Box } from '../flow/box.ts';
import type { Block, BlockContext, Caption } from './context.ts';
/** "Tabel 4.2  Caption" centred above a table, kept with it. */
export declare function captionAbove(caption: Caption, ctx: BlockContext): Box[];
/** A GFM table: widths from content, wrapping cells, header tinted with the chapter colour and repeated. */
export declare function drawTable(node: Table, ctx: BlockContext): Block;
