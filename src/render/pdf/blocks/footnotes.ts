import type { FootnoteDefinition, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Box } from '../flow/box.ts';
import { adopt, structNode } from '../flow/structure.ts';
import { withStyle } from '../text/style.ts';
import { indented, type Block, type BlockContext } from './context.ts';
import { drawBlocks, stack } from './markdown.ts';

const HANG = 14;

function definitions(root: Root): FootnoteDefinition[] {
  const found: FootnoteDefinition[] = [];
  visit(root, 'footnoteDefinition', (node) => {
    found.push(node);
  });
  return found;
}

function note(def: FootnoteDefinition, n: number, ctx: BlockContext): Block {
  const inner = drawBlocks(def.children, indented(ctx, HANG));
  adopt(inner.boxes, structNode('Note'));
  const first = inner.boxes.findIndex((b) => !b.glue);
  if (first >= 0) {
    const box = inner.boxes[first]!;
    const label = String(n);
    inner.boxes[first] = {
      ...box,
      marks: [{ id: ctx.footnotes!.dest(n) }],
      paint: (p, x, y) => {
        p.text(label, withStyle(ctx.base, { font: 'bold', color: ctx.colour }), x + ctx.indent, p.baseline(y, ctx.leading, ctx.base.size));
        box.paint?.(p, x, y);
      },
    };
  }
  return { boxes: inner.boxes, before: 3, after: 3 };
}

/** The footnotes of an initiative or chapter, numbered in order of reference, after a short rule. */
export function drawFootnotes(root: Root, ctx: BlockContext): Block | undefined {
  const notes = ctx.footnotes;
  const defs = definitions(root);
  if (!notes || defs.length === 0) return undefined;
  const t = ctx.theme.footnote;
  const small: BlockContext = { ...ctx, base: withStyle(ctx.base, { size: t.size }), leading: t.leading };
  const numbered = defs.map((d) => ({ def: d, n: notes.number(d.identifier) })).sort((a, b) => a.n - b.n);
  const rule: Box = { height: 8, keep: true, paint: (p, x, y) => p.rule(x + ctx.indent, y + 2, x + ctx.indent + 56, y + 2, ctx.theme.colors.rule, 0.6) };
  const body = stack(numbered.map(({ def, n }) => note(def, n, small)));
  return { boxes: [rule, ...body.boxes], before: 14, after: 6 };
}
