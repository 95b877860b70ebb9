import { toString } from 'mdast-util-to-string';
import type { Paragraph } from 'mdast';
import { breakLines } from '../text/break-lines.ts';
import { inlineRuns } from '../text/inline.ts';
import type { Align } from '../paint/painter.ts';
import { paragraphGap, type Block, type BlockContext } from './context.ts';
import { drawImage } from './image.ts';
import { lineBoxes } from './lines.ts';

/** A paragraph holding nothing but images is a figure. */
export function onlyImages(node: Paragraph): boolean {
  const meaningful = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  return meaningful.length > 0 && meaningful.every((c) => c.type === 'image');
}

/** A paragraph: justified body text, or a figure when it holds only images. */
export function drawParagraph(node: Paragraph, ctx: BlockContext): Block {
  if (onlyImages(node)) {
    const figures = node.children.flatMap((c) => (c.type === 'image' ? [drawImage(c, ctx)] : []));
    return { boxes: figures.flatMap((f) => f.boxes), before: figures[0]!.before, after: figures.at(-1)!.after };
  }
  const runs = inlineRuns(node.children, ctx.base, { theme: ctx.theme, ...(ctx.footnotes ? { footnotes: ctx.footnotes } : {}) });
  const align = ctx.theme.body.align as Align;
  const lines = breakLines(ctx.fonts, runs, ctx.width, ctx.width, { ...(ctx.hyphenate ? { hyphenate: ctx.hyphenate } : {}), justify: align === 'justify' });
  const gap = paragraphGap(ctx);
  const leadIn = /:\s*$/.test(toString(node));
  // A line that refers to a footnote carries the note to the foot of its page.
  const boxes = lineBoxes(lines, { indent: ctx.indent, width: ctx.width, leading: ctx.leading, align }).map((box, i) => ({ ...box, ...ctx.notes?.([lines[i]!]) }));
  return { boxes, before: gap, after: gap, leadIn };
}
