import type { FontSet } from '../fonts.ts';
import type { Box } from '../flow/box.ts';
import type { Align } from '../paint/painter.ts';
import type { Run } from '../text/style.ts';
import type { TypeSize } from '../theme.ts';
/** A table to lay out: cells as styled runs, per-column alignment, look. */
export interface TableSpec {
    header?: Run[][];
    rows: Run[][][];
    align: Align[];
    /** Fixed column widths; otherwise from content. */
    widths?: number[];
    type: TypeSize;
    padX: number;
    padY: number;
    /** Fill of the header row; rule colours. */
    headerFill?: string;
    ruleColour: string;
    hairColour: string;
    /** Fill of the first column (facts block labels). */
    firstColumnFill?: string;
}
/** Where the table sits and how tall a page is (rows taller than a page are cut). */
export interface TableFrame {
    fonts: FontSet;
    indent: number;
    width: number;
    frame: number;
}
/**
 * A table as boxes: the header row (kept with the first row and repeated on every
 * page the table spans), then one box per body row; thin horizontal rules only.
 */
export declare function layoutTable(f: TableFrame, spec: TableSpec): Box[];
