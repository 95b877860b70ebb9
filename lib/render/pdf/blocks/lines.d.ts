import type { Box } from '../flow/box.ts';
import type { Align } from '../paint/painter.ts';
import type { Line } from '../text/break-lines.ts';
/**
 * One box per line so pages can break between lines; the first line keeps with the
 * second and the second-to-last with the last, so no paragraph leaves a single line
 * alone at the bottom (orphan) or the top (widow) of a page.
 */
export declare function lineBoxes(lines: readonly Line[], opts: {
    indent: number;
    width: number;
    leading: number;
    align: Align;
}): Box[];
/** Glue to place between two blocks: the larger of the two wishes (collapsing margins). */
export declare function between(after: number, before: number): number;
