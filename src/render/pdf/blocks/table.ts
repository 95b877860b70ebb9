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

/** The smallest type a table steps down to before its numbers would have to break (about 8 pt). */
const TABLE_FLOOR = 8;

/** A table's cells set at one type size, and whether its whole words fit the width. */
interface SetTable {
  size: number;
  header: Run[][] | undefined;
  rows: Run[][][];
  fits: boolean;
}

/** Step the type down from body size to the floor until every whole word of the table fits `width`. */
function stepDown(node: Table, ctx: BlockContext, width: number): SetTable {
  const ictx: InlineContext = inlineContext(ctx);
  const cells = (row: Table['children'][number], s: TextStyle): Run[][] => row.children.map((cell) => inlineRuns(cell.children, s, ictx));
  const [head, ...body] = node.children;
  const setAt = (size: number): SetTable => {
    const style: TextStyle = withStyle(ctx.base, { size });
    const header = head ? cells(head, withStyle(style, { font: 'bold' })) : undefined;
    const rows = body.map((r) => cells(r, style));
    return { size, header, rows, fits: minimumWidth(ctx.fonts, [...(header ? [header] : []), ...rows], ctx.theme.table.padX) <= width };
  };
  let set = setAt(ctx.theme.table.size);
  for (let size = ctx.theme.table.size - 0.5; !set.fits && size >= TABLE_FLOOR; size -= 0.5) set = setAt(size);
  return set;
}

/** The table's widest unbreakable pieces (numbers, codes, syllables with their hyphen) fit `width`. */
function fitsBroken(set: SetTable, ctx: BlockContext, width: number): boolean {
  return minimumWidth(ctx.fonts, [...(set.header ? [set.header] : []), ...set.rows], ctx.theme.table.padX, ctx.hyphenate) <= width;
}

/**
 * Where a table goes: the text block at the largest size (to the floor) that keeps its
 * words whole, else a landscape page where they stay whole (a word broken in every line
 * of a narrow column reads worse than a turned page). A table whose words are too long
 * for either breaks them at syllables, on the portrait page when that is enough; only a
 * table whose numbers and syllables fit nowhere is reported (and set landscape, the most
 * room it can have).
 */
function placeTable(node: Table, ctx: BlockContext): { set: SetTable; ctx: BlockContext; landscape: boolean } {
  const set = stepDown(node, ctx, ctx.width);
  if (set.fits || !ctx.landscape) return { set, ctx, landscape: false };
  const turned: BlockContext = { ...ctx, indent: 0, width: ctx.landscape.width, frame: ctx.landscape.frame };
  const wide = stepDown(node, turned, turned.width);
  if (wide.fits) return { set: wide, ctx: turned, landscape: true };
  if (fitsBroken(set, ctx, ctx.width)) return { set, ctx, landscape: false };
  if (!fitsBroken(wide, turned, turned.width)) {
    const at = node.position?.start;
    ctx.warn?.({ problem: 'table-too-wide', ...(ctx.file ? { file: ctx.file } : {}), line: at?.line ?? 1, column: at?.column ?? 1 });
  }
  return { set: wide, ctx: turned, landscape: true };
}

/** A GFM table: widths from content, wrapping cells, header tinted with the chapter colour and repeated; a landscape page when it is too wide. */
export function drawTable(node: Table, outer: BlockContext): Block {
  const { set, ctx, landscape } = placeTable(node, outer);
  const base = ctx.theme.table;
  const hyphenate = ctx.hyphenate;
  const caption = ctx.captions.get(node);
  const table = structNode('Table');
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
  const all = [...(caption ? captionAbove(caption, ctx, table) : []), ...boxes];
  return { boxes: landscape ? all.map((b) => ({ ...b, landscape: true })) : all, before: 12, after: 12 };
}
