import type { Hyphenate } from '../text/hyphenate.ts';
import type { FontMetrics } from '../text/metrics.ts';
import type { Box } from '../flow/box.ts';
import { structNode, type StructNode } from '../flow/structure.ts';
import type { Align, Painter } from '../paint/painter.ts';
import { breakLines, type Line } from '../text/break-lines.ts';
import type { Run } from '../text/style.ts';
import type { TypeSize } from '../theme.ts';
import { columnWidths } from './column-widths.ts';

/** A table to lay out: cells as styled runs, per-column alignment, look. */
export interface TableSpec {
  header?: Run[][];
  rows: Run[][][];
  align: Align[];
  /** Fixed column widths; otherwise from content. */
  widths?: number[];
  type: TypeSize;
  padX: number;
  padY: number;
  /** Fill of the header row; rule colours. */
  headerFill?: string;
  ruleColour: string;
  hairColour: string;
  /** Fill of the first column (facts block labels). */
  firstColumnFill?: string;
  /** The footnotes a body row's lines refer to, carried by the row to the foot of its page. */
  notes?: (lines: readonly Line[]) => Pick<Box, 'notes' | 'marks'>;
  /** Words in cells may break at their syllables (with a hyphen); numbers and codes never break. */
  hyphenate?: Hyphenate;
  /** A line above the column heads where they repeat on a new page ("Tabel 4.2 (lanjutan)"). */
  continued?: Run[];
  /** The first cell of each body row heads its row (the facts block's labels). */
  rowHeads?: boolean;
  /** The table's element in the structure tree (its caption's parent); a new one by default. */
  tag?: StructNode;
}

/** Body rows kept with the column heads at the start of a table, so it never starts with one or two rows at a page's foot. */
const FIRST_ROWS = 3;

/** Where the table sits and how tall a page is (rows taller than a page are cut). */
export interface TableFrame {
  fonts: FontMetrics;
  indent: number;
  width: number;
  frame: number;
}

/** Tables up to this share of the text block are kept on one page. */
const SHORT_TABLE = 0.3;

interface SetRow {
  cells: Line[][];
  /** The row's cells in the structure tree (shared by the pieces of a cut row). */
  tags?: StructNode[];
  height: number;
  /** A piece of a tall row that continues in the next piece (no rule or padding below it). */
  continues?: boolean;
  /** A piece that continues the one before (no padding above it). */
  continued?: boolean;
}

/** Rows taller than this share of the text block are cut into pieces that can start low on a page. */
const TALL_ROW = 0.25;

function setRow(f: TableFrame, spec: TableSpec, cells: readonly Run[][], widths: readonly number[], hyphenate = spec.hyphenate): SetRow {
  const lines = widths.map((w, c) => breakLines(f.fonts, cells[c] ?? [], Math.max(1, w - 2 * spec.padX), undefined, hyphenate ? { hyphenate, onlyOverlong: true } : {}));
  const most = Math.max(1, ...lines.map((l) => l.length));
  return { cells: lines, height: most * spec.type.leading + 2 * spec.padY };
}

/** Cut a row taller than `limit` into row pieces, line by line (a cell is never clipped). */
function splitRow(row: SetRow, spec: TableSpec, limit: number): SetRow[] {
  const perPiece = Math.max(1, Math.floor((limit - 2 * spec.padY) / spec.type.leading));
  if (row.height <= limit) return [row];
  const most = Math.max(...row.cells.map((c) => c.length));
  const out: SetRow[] = [];
  for (let start = 0; start < most; start += perPiece) {
    const cells = row.cells.map((c) => c.slice(start, start + perPiece));
    const n = Math.max(1, ...cells.map((c) => c.length));
    const continues = start + perPiece < most;
    const continued = start > 0;
    const pads = (continues ? 0 : spec.padY) + (continued ? 0 : spec.padY);
    out.push({ cells, height: n * spec.type.leading + pads, continues, continued, ...(row.tags ? { tags: row.tags } : {}) });
  }
  return out;
}

function paintRow(p: Painter, row: SetRow, spec: TableSpec, widths: readonly number[], x: number, y: number, fill?: string): void {
  const total = widths.reduce((a, b) => a + b, 0);
  if (fill) p.fill(x, y, total, row.height, fill);
  let cx = x;
  row.cells.forEach((lines, c) => {
    const w = widths[c]!;
    if (c === 0 && spec.firstColumnFill && !fill) p.fill(cx, y, w, row.height, spec.firstColumnFill);
    const top = y + (row.continued ? 0 : spec.padY);
    p.within(row.tags?.[c], () => lines.forEach((line, i) => p.line(line, cx + spec.padX, top + i * spec.type.leading, spec.type.leading, w - 2 * spec.padX, spec.align[c] ?? 'left')));
    cx += w;
  });
}

/**
 * A table as boxes: the header row (kept with the first row and repeated on every
 * page the table spans), then one box per body row; thin horizontal rules only.
 */
export function layoutTable(f: TableFrame, spec: TableSpec): Box[] {
  const all = [...(spec.header ? [spec.header] : []), ...spec.rows];
  const table = spec.tag ?? structNode('Table');
  // Header cells name their column, the first cell of a facts row its row; the rest are data cells.
  const cellTags = (count: number, head: boolean): StructNode[] => {
    const tr = structNode('TR', { parent: table });
    return Array.from({ length: count }, (_, c) => (head ? structNode('TH', { parent: tr, scope: 'Column' }) : c === 0 && spec.rowHeads ? structNode('TH', { parent: tr, scope: 'Row' }) : structNode('TD', { parent: tr })));
  };
  const widths = spec.widths ?? columnWidths(f.fonts, all, f.width, spec.padX, spec.hyphenate, spec.header ? 1 : 0);
  const total = widths.reduce((a, b) => a + b, 0);
  const rule = (p: Painter, x: number, y: number, colour: string, w: number): void => p.rule(x, y, x + total, y, colour, w);
  let header: Box | undefined;
  let headHeight = 0;
  // The column heads repeat on every page: their notes go with the first body row.
  let headLines: Line[] = [];
  if (spec.header) {
    // Column heads are never hyphenated.
    const row = { ...setRow(f, spec, spec.header, widths, undefined), tags: cellTags(widths.length, true) };
    headLines = row.cells.flat();
    headHeight = row.height;
    header = {
      height: row.height,
      keep: true,
      tag: table,
      paint: (p, x, y) => {
        paintRow(p, row, spec, widths, x + f.indent, y, spec.headerFill);
        rule(p, x + f.indent, y, spec.ruleColour, 0.9);
        rule(p, x + f.indent, y + row.height, spec.ruleColour, 0.6);
      },
    };
  }
  // On the pages a table continues on, its heads come back under "Tabel 4.2 (lanjutan)".
  let repeat = header ? { ...header, artifact: true } : undefined;
  if (header && spec.continued) {
    const lines = breakLines(f.fonts, spec.continued, f.width);
    const lead = spec.type.leading;
    const top = lines.length * lead + 3;
    const heads = header;
    repeat = {
      height: top + heads.height,
      keep: true,
      artifact: true,
      paint: (p, x, y) => {
        lines.forEach((line, n) => p.line(line, x + f.indent, y + n * lead, lead, f.width, 'center'));
        heads.paint?.(p, x, y + top);
      },
    };
    headHeight += top;
  }
  const limit = Math.min(f.frame - headHeight - 4, f.frame * TALL_ROW);
  const rows = spec.rows.flatMap((cells) => splitRow({ ...setRow(f, spec, cells, widths), tags: cellTags(widths.length, false) }, spec, limit));
  const boxes: Box[] = rows.map((row, i): Box => ({
    ...spec.notes?.(i === 0 ? [...headLines, ...row.cells.flat()] : row.cells.flat()),
    height: row.height,
    tag: table,
    ...(repeat ? { header: repeat } : {}),
    ...(i < FIRST_ROWS - 1 && rows.length > FIRST_ROWS ? { keep: true } : {}),
    paint: (p, x, y) => {
      if (!header && i === 0) rule(p, x + f.indent, y, spec.ruleColour, 0.9);
      paintRow(p, row, spec, widths, x + f.indent, y);
      const last = i === rows.length - 1;
      if (!row.continues) rule(p, x + f.indent, y + row.height, last ? spec.ruleColour : spec.hairColour, last ? 0.9 : 0.4);
    },
  }));
  // A short table is not worth splitting: keep it whole on one page.
  const height = headHeight + rows.reduce((sum, r) => sum + r.height, 0);
  if (height <= f.frame * SHORT_TABLE) boxes.slice(0, -1).forEach((b) => (b.keep = true));
  return header ? [header, ...boxes] : boxes;
}
