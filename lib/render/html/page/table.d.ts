import type { Element } from 'hast';
import { type Child } from '../h.ts';
/** A cell: plain content, or content with a class (e.g. `num` for right-aligned numbers). */
export type Cell = Child | {
    value: Child;
    className: string;
    header?: boolean;
};
/** Rows under one group heading (a `<tbody>` whose first row names the group). */
export interface RowGroup {
    id: string;
    heading: Child;
    rows: Cell[][];
}
/** An annex table: header row, body rows, optional totals row; `id` names the table (a chart's description points at it). */
export declare function dataTable(label: string, className: string, head: Cell[], body: Cell[][], foot?: Cell[], id?: string): Element;
/** A table of groups, each a `<tbody>` headed by a full-width row: narrow enough for a phone. */
export declare function groupedTable(label: string, className: string, head: Cell[], groups: RowGroup[]): Element;
