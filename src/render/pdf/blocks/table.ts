import type { Table, TableCell } from 'mdast';
import type { Box } from '../flow/box.ts';
import { structNode, tagAll, type StructNode } from '../flow/structure.ts';
import { tint } from '../paint/color.ts';
import type { Align } from '../paint/painter.ts';
import { minimumWidth } from '../table/column-widths.ts';
import { layoutTable } from '../table/layout-table.ts';
import { breakLines } from '../text/break-lines.ts';
import { inlineRuns, plain, type InlineContext } from '../text/inline.ts';
import { withStyle, type Run, type TextStyle } from '../text/style.ts';
import { inlineContext, type Block, type BlockContext, type Caption } from './context.ts';
import { lineBoxes } from './lines.ts';

const NUMERIC = /^[\s(]*(Rp\s?)?[-+]?[\d.,]+\s*(%|persen)?[)\s]*$/i;

function cellText(cell: TableCell): string {
  return cell.children.map((c) => ('value' in c ? c.value : '')).join('');
}

/** Columns whose body cells are all numbers are right-aligned unless the Markdown says otherwise. */
function alignments(node: Table): Align[] {
  const columns = Math.max(...node.children.map((r) => r.children.length));
  return Array.from({ length: columns }, (_, c) => {
    const given = node.align?.[c];
    if (given) return given;
    const body = node.children.slice(1).map((r) => r.children[c]).filter((x): x is TableCell => x !== undefined);
    return body.length > 0 && body.every((cell) => NUMERIC.test(cellText(cell)) || cellText(cell).trim() === '') && body.some((cell) => cellText(cell).trim()) ? 'right' : 'left';
  });
}

/** "Tabel 4.2  Caption" centred above a table, kept with it. */
export function captionAbove(caption: Caption, ctx: BlockContext, table?: StructNode): Box[] {
  const t = ctx.theme.small;
  const style = withStyle(ctx.base, { size: t.size, color: ctx.theme.colors.text });
  const runs = [...plain(`${caption.label}  `, withStyle(style, { font: 'bold' })), ...plain(caption.caption, style)];
  const boxes = lineBoxes(breakLines(ctx.fonts, runs, ctx.width), { indent: ctx.indent, width: ctx.width, leading: t.leading, align: 'center' });
  boxes.forEach((b) => (b.keep = true));
  boxes[0]!.marks = [{ id: caption.id }];
  tagAll(boxes, structNode('Caption', table ? { parent: table } : {}));
  return [...boxes, { height: 3, keep: true }];
}

/** A GFM table: widths from content, wrapping cells, header tinted with the chapter colour and repeated. */
/** The smallest type a table steps down to before its numbers would have to break (about 8 pt). */
const TABLE_FLOOR = 8;

export function drawTable(node: Table, ctx: BlockContext): Block {
  const base = ctx.theme.table;
  const ictx: InlineContext = inlineContext(ctx);
  const cells = (row: Table['children'][number], s: TextStyle): Run[][] => row.children.map((cell) => inlineRuns(cell.children, s, ictx));
  const [head, ...body] = node.children;
  const hyphenate = ctx.hyphenate;
  const caption = ctx.captions.get(node);
  const table = structNode('Table');
  // A table too wide for its numbers at body size steps its type down (to a floor) rather than break them.
  const setAt = (size: number) => {
    const style: TextStyle = withStyle(ctx.base, { size });
    const header = head ? cells(head, withStyle(style, { font: 'bold' })) : undefined;
    const rows = body.map((r) => cells(r, style));
    // Fits when every word stays whole; below the floor, words break at their syllables (numbers never do).
    return { size, header, rows, fits: minimumWidth(ctx.fonts, [...(header ? [header] : []), ...rows], base.padX) <= ctx.width };
  };
  let set = setAt(base.size);
  for (let size = base.size - 0.5; !set.fits && size >= TABLE_FLOOR; size -= 0.5) set = setAt(size);
  const t = { ...base, size: set.size, leading: base.leading * (set.size / base.size) };
  const boxes = layoutTable(
    { fonts: ctx.fonts, indent: ctx.indent, width: ctx.width, frame: ctx.frame },
    {
      ...(set.header ? { header: set.header } : {}),
      rows: set.rows,
      align: alignments(node),
      ...(hyphenate ? { hyphenate } : {}),
      ...(ctx.notes ? { notes: ctx.notes } : {}),
      ...(caption?.continued ? { continued: plain(caption.continued, withStyle(ctx.base, { size: ctx.theme.small.size, font: 'italic', color: ctx.theme.colors.muted })) } : {}),
      type: t,
      padX: t.padX,
      padY: t.padY,
      headerFill: tint(ctx.colour, t.tint),
      ruleColour: ctx.colour,
      hairColour: ctx.theme.colors.hairline,
      tag: table,
    },
  );
  return { boxes: [...(caption ? captionAbove(caption, ctx, table) : []), ...boxes], before: 12, after: 12 };
}
