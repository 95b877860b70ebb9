import type { List, ListItem } from 'mdast';
import type { Box } from '../flow/box.ts';
import { adopt, structNode, type StructNode } from '../flow/structure.ts';
import type { Painter } from '../paint/painter.ts';
import { indented, paragraphGap, type Block, type BlockContext } from './context.ts';
import { drawNode, keepEnding, stack } from './markdown.ts';

type Marker = (p: Painter, x: number, baseline: number) => void;

function bullet(ctx: BlockContext, right: number): Marker {
  const r = ctx.base.size * 0.16;
  const depth = ctx.listDepth % 3;
  return (p, x, baseline) => {
    const cx = x + right - r - 5;
    const cy = baseline - ctx.base.size * 0.3;
    if (depth === 2) p.fill(cx - r, cy - r, 2 * r, 2 * r, ctx.colour);
    else p.circle(cx, cy, r, ctx.colour, depth === 0);
  };
}

function checkbox(ctx: BlockContext, right: number, checked: boolean): Marker {
  const s = ctx.base.size * 0.72;
  return (p, x, baseline) => p.checkbox(x + right - s - 5, baseline - s * 0.92, s, checked, ctx.colour);
}

function number(ctx: BlockContext, right: number, label: string): Marker {
  const w = ctx.fonts.width(ctx.base.font, label, ctx.base.size);
  return (p, x, baseline) => p.text(label, ctx.base, x + right - w - 5, baseline);
}

/** Draw the marker beside the item's first line. */
function attach(boxes: Box[], marker: Marker, ctx: BlockContext, label: StructNode): Box[] {
  const first = boxes.findIndex((b) => !b.glue);
  if (first < 0) return boxes;
  const box = boxes[first]!;
  const copy = [...boxes];
  copy[first] = {
    ...box,
    paint: (p, x, y) => {
      p.within(label, () => marker(p, x + ctx.indent, p.baseline(y, ctx.leading, ctx.base.size)));
      p.within(box.tag, () => box.paint?.(p, x, y));
    },
  };
  return copy;
}

function markerWidth(node: List, ctx: BlockContext): number {
  if (!node.ordered) return 17;
  const last = `${(node.start ?? 1) + node.children.length - 1}.`;
  return Math.max(17, ctx.fonts.width(ctx.base.font, last, ctx.base.size) + 9);
}

/** Tight lists keep their items' paragraphs and sub-lists close together. */
function itemContent(node: ListItem, list: List, ctx: BlockContext): Block {
  const tight = !(list.spread || node.spread);
  const blocks = node.children.map((c) => drawNode(c, ctx)).filter((b): b is Block => b !== undefined);
  return stack(tight ? blocks.map((b) => ({ ...b, before: Math.min(b.before, 2), after: Math.min(b.after, 2) })) : blocks);
}

function item(node: ListItem, i: number, list: List, ctx: BlockContext, width: number): Block {
  const inner = itemContent(node, list, { ...indented(ctx, width), listDepth: ctx.listDepth + 1 });
  const li = structNode('LI');
  adopt(inner.boxes, structNode('LBody', { parent: li }));
  const marker = typeof node.checked === 'boolean' ? checkbox(ctx, width, node.checked) : list.ordered ? number(ctx, width, `${(list.start ?? 1) + i}.`) : bullet(ctx, width);
  const gap = list.spread || node.spread ? paragraphGap(ctx) : 2;
  return { boxes: attach(inner.boxes, marker, ctx, structNode('Lbl', { parent: li })), before: gap, after: gap };
}

/** An ordered, unordered or task list, nested to any depth; markers in the chapter colour. */
export function drawList(node: List, ctx: BlockContext): Block {
  const width = markerWidth(node, ctx);
  const items = node.children.map((child, i) => item(child, i, node, ctx, width));
  const body = stack(items);
  const gap = ctx.listDepth > 0 ? 2 : paragraphGap(ctx);
  // Like a paragraph's lines: no single list line alone at the bottom or top of a page.
  const first = body.boxes.findIndex((b) => !b.glue);
  if (first >= 0) body.boxes[first] = { ...body.boxes[first]!, keep: true };
  return { boxes: adopt(keepEnding(body.boxes), structNode('L')), before: gap, after: gap };
}
