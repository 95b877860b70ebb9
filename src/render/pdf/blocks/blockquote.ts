import type { Blockquote } from 'mdast';
import type { Box } from '../flow/box.ts';
import { adopt, structNode } from '../flow/structure.ts';
import { tint } from '../paint/color.ts';
import { indented, type Block, type BlockContext } from './context.ts';
import { drawBlocks } from './markdown.ts';

const INDENT = 16;

/** Add a left bar to every box (and the space between them), so the bar runs across page breaks. */
function withBar(boxes: readonly Box[], ctx: BlockContext): Box[] {
  const colour = tint(ctx.colour, 0.55);
  return boxes.map((box) => ({
    ...box,
    paint: (p, x, y) => {
      p.fill(x + ctx.indent + 2, y, 2.4, box.height, colour);
      box.paint?.(p, x, y);
    },
  }));
}

/** A block quote: indented, with a bar in the chapter colour. */
export function drawBlockquote(node: Blockquote, ctx: BlockContext): Block {
  const inner = drawBlocks(node.children, { ...indented(ctx, INDENT), base: { ...ctx.base, color: ctx.theme.colors.muted } });
  return { boxes: adopt(withBar(inner.boxes, ctx), structNode('BlockQuote')), before: inner.before, after: inner.after };
}
