import type { FontSet } from '../fonts.ts';
import type { Run } from '../text/style.ts';
/**
 * Column widths from content, as browsers do for auto tables: every column gets at
 * least its longest word where possible, and the rest of the width is shared in
 * proportion to how much each column would like. The table always fills `total`.
 */
export declare function columnWidths(fonts: FontSet, cells: readonly (readonly Run[])[][], total: number, pad: number): number[];
