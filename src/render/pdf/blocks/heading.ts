import type { Heading } from 'mdast';
import type { Box } from '../flow/box.ts';
import { headingRole, structNode } from '../flow/structure.ts';
import { breakLines } from '../text/break-lines.ts';
import { inlineRuns } from '../text/inline.ts';
import { withStyle } from '../text/style.ts';
import type { HeadingStyle } from '../theme.ts';
import type { Block, BlockContext } from './context.ts';

function styleFor(depth: number, ctx: BlockContext): HeadingStyle {
  const h = ctx.theme.headings;
  return depth <= 2 ? h.h2 : depth === 3 ? h.h3 : h.h4;
}

/**
 * A heading inside a chapter or an initiative body (unnumbered; the numbered levels
 * are the book's own). It keeps with the next lines so it never ends a page.
 */
export function drawHeading(node: Heading, ctx: BlockContext): Block {
  const s = styleFor(node.depth, ctx);
  const font = node.depth === 3 ? 'boldItalic' : 'bold';
  const colour = node.depth <= 2 ? ctx.colour : ctx.theme.colors.text;
  const style = withStyle(ctx.base, { font, size: s.size, color: colour });
  const lines = breakLines(ctx.fonts, inlineRuns(node.children, style, { theme: ctx.theme, ...(ctx.footnotes ? { footnotes: ctx.footnotes } : {}) }), ctx.width);
  const tag = structNode(headingRole(node.depth + (ctx.headingShift ?? 0)));
  const boxes = lines.map((line, i): Box => ({
    ...ctx.notes?.([line]),
    height: s.leading,
    tag,
    keep: true,
    ...(i === lines.length - 1 ? { keepNext: ctx.theme.keepWithNextLines } : {}),
    paint: (p, x, y) => p.line(line, x + ctx.indent, y, s.leading, ctx.width, 'left'),
  }));
  return { boxes, before: s.before, after: s.after };
}
