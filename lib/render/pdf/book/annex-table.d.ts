import type { Box } from '../flow/box.ts';
import { type TableSpec } from '../table/layout-table.ts';
import type { BookContext } from './context.ts';
/** The table look shared by the annexes. */
export declare function annexTable(bc: BookContext, spec: Pick<TableSpec, 'header' | 'rows' | 'align'>): Box[];
