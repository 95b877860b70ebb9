import { toString } from 'mdast-util-to-string';
import { onlyImages } from '../../../model/figure-size.ts';
import type { Paragraph } from 'mdast';
import { breakLines } from '../text/break-lines.ts';
import { inlineRuns } from '../text/inline.ts';
import type { Align } from '../paint/painter.ts';
import { inlineContext, paragraphGap, type Block, type BlockContext } from './context.ts';
import { drawImage } from './image.ts';
import { lineBoxes } from './lines.ts';


/** A paragraph: justified body text, or a figure when it holds only images. */
export function drawParagraph(node: Paragraph, ctx: BlockContext): Block {
  if (onlyImages(node)) {
    const figures = node.children.flatMap((c) => (c.type === 'image' ? [drawImage(c, ctx)] : []));
    return { boxes: figures.flatMap((f) => f.boxes), before: figures[0]!.before, after: figures.at(-1)!.after };
  }
  const runs = inlineRuns(node.children, ctx.base, inlineContext(ctx));
  const align = ctx.theme.body.align as Align;
  const lines = breakLines(ctx.fonts, runs, ctx.width, ctx.width, { ...(ctx.hyphenate ? { hyphenate: ctx.hyphenate } : {}), justify: align === 'justify' });
  const gap = paragraphGap(ctx);
  const leadIn = /:\s*$/.test(toString(node));
  // A line that refers to a footnote carries the note to the foot of its page.
  const boxes = lineBoxes(lines, { indent: ctx.indent, width: ctx.width, leading: ctx.leading, align }).map((box, i) => ({ ...box, ...ctx.notes?.([lines[i]!]) }));
  return { boxes, before: gap, after: gap, leadIn };
}
