import type { Box } from '../flow/box.ts';
import type { Align } from '../paint/painter.ts';
import type { Line } from '../text/break-lines.ts';

/**
 * One box per line so pages can break between lines; the first line keeps with the
 * second and the second-to-last with the last, so no paragraph leaves a single line
 * alone at the bottom (orphan) or the top (widow) of a page.
 */
export function lineBoxes(lines: readonly Line[], opts: { indent: number; width: number; leading: number; align: Align }): Box[] {
  const n = lines.length;
  return lines.map((line, i): Box => ({
    height: opts.leading,
    keep: (i === 0 && n > 1) || (i === n - 2 && n > 1),
    paint: (p, x, y) => p.line(line, x + opts.indent, y, opts.leading, opts.width, opts.align),
  }));
}

/** Glue to place between two blocks: the larger of the two wishes (collapsing margins). */
export function between(after: number, before: number): number {
  return Math.max(after, before);
}
