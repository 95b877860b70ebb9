import type { Image } from 'mdast';
import type { Box } from '../flow/box.ts';
import { figureSize } from '../../../model/figure-size.ts';
import { structNode, tagAll } from '../flow/structure.ts';
import { breakLines } from '../text/break-lines.ts';
import { plain } from '../text/inline.ts';
import { withStyle } from '../text/style.ts';
import type { Block, BlockContext } from './context.ts';
import { lineBoxes } from './lines.ts';


function captionBoxes(label: string | undefined, text: string, ctx: BlockContext): Box[] {
  const t = ctx.theme.small;
  const style = withStyle(ctx.base, { size: t.size, color: ctx.theme.colors.muted, font: 'italic' });
  const runs = [...(label ? plain(`${label}  `, withStyle(style, { font: 'boldItalic' })) : []), ...plain(text, style)];
  if (!label && !text) return [];
  return lineBoxes(breakLines(ctx.fonts, runs, ctx.width), { indent: ctx.indent, width: ctx.width, leading: t.leading, align: 'center' });
}

function missing(node: Image, ctx: BlockContext): Block {
  const style = withStyle(ctx.base, { font: 'italic', color: ctx.theme.colors.muted });
  const lines = breakLines(ctx.fonts, plain(`[${node.alt || node.url}]`, style), ctx.width);
  return { boxes: lineBoxes(lines, { indent: ctx.indent, width: ctx.width, leading: ctx.theme.body.leading, align: 'center' }), before: 8, after: 8 };
}

/** A figure: the image scaled down to fit (never up), centred, with its numbered caption below. */
export function drawImage(node: Image, ctx: BlockContext): Block {
  // Only images the check accepted are read: web images, files outside the book, missing or damaged ones are not.
  const ref = ctx.file ? ctx.images(ctx.file, node.url) : undefined;
  const file = ref?.status === 'ok' ? ref.file : undefined;
  const size = file ? ctx.imageSize(file) : undefined;
  if (!file || !size) return missing(node, ctx);
  const { width: w, height: h } = figureSize(size, ctx.width, ctx.frame);
  const caption = ctx.captions.get(node);
  // The numbered caption's own text (its "Gambar" already removed), else what the image says.
  const text = caption && (node.title || node.alt) ? caption.caption : node.title || node.alt || '';
  const figure = structNode('Figure', { alt: node.alt || text || node.url });
  const image: Box = {
    height: h + 6,
    tag: figure,
    keep: true,
    ...(caption ? { marks: [{ id: caption.id }] } : {}),
    paint: (p, x, y) => p.image(file, x + ctx.indent + (ctx.width - w) / 2, y, w, h),
  };
  const under = tagAll(captionBoxes(caption?.label, text, ctx), structNode('Caption', { parent: figure }));
  under.forEach((b) => (b.keep = true));
  if (under.length) under.at(-1)!.keep = false;
  return { boxes: [image, ...under], before: 12, after: 12 };
}
