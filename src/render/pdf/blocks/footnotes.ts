import type { FootnoteDefinition, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Box, Mark } from '../flow/box.ts';
import { adopt, structNode } from '../flow/structure.ts';
import type { Line } from '../text/break-lines.ts';
import type { Footnotes } from '../text/inline.ts';
import { withStyle } from '../text/style.ts';
import type { Theme } from '../theme.ts';
import { indented, type Block, type BlockContext } from './context.ts';
import { drawBlocks } from './markdown.ts';

/** Room for the note number before the note's text. */
const HANG = 14;

/** The short rule above the footnotes at a page's foot, with the space above and below it. */
export function noteSeparator(theme: Theme): Box {
  return { height: 13, paint: (p, x, y) => p.rule(x, y + 6, x + 56, y + 6, theme.colors.rule, 0.6) };
}

/** The places in the book a line links to (a footnote reference's number links to its note). */
function destOf(line: Line): string[] {
  return line.frags.flatMap((f) => (f.style.link && 'dest' in f.style.link ? [f.style.link.dest] : []));
}

/**
 * The footnotes of one Markdown file, laid out in the footnote size when a line first
 * refers to them. A note that refers to another note brings it along right after itself.
 */
class NoteSet {
  private readonly defs = new Map<string, FootnoteDefinition>();
  private readonly given = new Set<string>();
  private readonly small: BlockContext;

  constructor(
    root: Root,
    private readonly ctx: BlockContext,
    private readonly footnotes: Footnotes,
  ) {
    visit(root, 'footnoteDefinition', (d) => {
      const key = d.identifier.toLowerCase();
      if (!this.defs.has(key)) this.defs.set(key, d);
    });
    const t = ctx.theme.footnote;
    this.small = { ...ctx, base: withStyle(ctx.base, { size: t.size }), leading: t.leading, notes: this.refs };
  }

  /** The notes first referred to in these lines, and the marks their numbers link back to. */
  readonly refs = (lines: readonly Line[]): Pick<Box, 'notes' | 'marks'> => {
    const notes: Box[][] = [];
    const marks: Mark[] = [];
    for (const dest of lines.flatMap(destOf)) {
      const id = this.footnotes.identifierAt(dest);
      const def = id === undefined ? undefined : (this.defs.get(id) ?? this.footnotes.urlNotes.get(id));
      if (id === undefined || !def || this.given.has(id)) continue;
      this.given.add(id);
      const n = this.footnotes.number(id);
      marks.push({ id: this.footnotes.chapter.refDest(n) });
      notes.push(this.note(def, n));
    }
    return { ...(notes.length ? { notes } : {}), ...(marks.length ? { marks } : {}) };
  };

  /** Notes no line took (referred to only in a heading, or never): numbered on, so no text is lost. */
  leftover(): Box[][] {
    return [...this.defs].flatMap(([id, def]) => {
      if (this.given.has(id)) return [];
      this.given.add(id);
      return [this.note(def, this.footnotes.number(id))];
    });
  }

  /** One note: its number hanging in the margin of the note (linking back to the reference), then its text. */
  private note(def: FootnoteDefinition, n: number): Box[] {
    const { small, footnotes } = this;
    const inner = drawBlocks(def.children, indented(small, HANG)).boxes;
    // The notes this note refers to follow it; a line at the foot carries no notes of its own.
    const nested = inner.flatMap((b) => b.notes ?? []);
    const boxes = inner.map(({ notes: _notes, ...box }): Box => box);
    const first = boxes.findIndex((b) => !b.glue);
    if (first < 0) return nested.flat();
    const box = boxes[first]!;
    const label = String(n);
    const style = withStyle(small.base, { font: 'bold', color: this.ctx.colour });
    boxes[first] = {
      ...box,
      marks: [{ id: footnotes.dest(n) }, ...(box.marks ?? [])],
      paint: (p, x, y) => {
        p.text(label, style, x + small.indent, p.baseline(y, small.leading, style.size));
        p.link(x + small.indent, y, small.fonts.width(style.font, label, style.size), small.leading, { dest: footnotes.chapter.refDest(n) });
        box.paint?.(p, x, y);
      },
    };
    // Read aloud, a footnote is a Note element of its own.
    return [...adopt(boxes, structNode('Note')), ...nested.flat()];
  }
}

/**
 * A Markdown body whose footnotes go to the foot of the page of their reference: each
 * line (or table row) that first refers to a note carries it. Notes no line took hang
 * on the body's last box.
 */
export function drawWithNotes(root: Root, ctx: BlockContext): Block {
  if (!ctx.footnotes) return drawBlocks(root.children, ctx);
  const set = new NoteSet(root, ctx, ctx.footnotes);
  const body = drawBlocks(root.children, { ...ctx, notes: set.refs });
  const rest = set.leftover();
  if (rest.length === 0) return body;
  let last = body.boxes.length - 1;
  while (last >= 0 && body.boxes[last]!.glue) last--;
  if (last < 0) return { ...body, boxes: [...body.boxes, { height: 0, notes: rest }] };
  const box = body.boxes[last]!;
  body.boxes[last] = { ...box, notes: [...(box.notes ?? []), ...rest] };
  return body;
}
