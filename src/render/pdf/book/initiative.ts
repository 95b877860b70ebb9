import type { PlacedInitiative } from '../../../model/book.ts';
import { drawWithNotes } from '../blocks/footnotes.ts';
import { keepEnding } from '../blocks/markdown.ts';
import type { Box } from '../flow/box.ts';
import { glue } from '../flow/box.ts';
import { structNode, tagAll } from '../flow/structure.ts';
import { SAFE_EDGE, type Painter } from '../paint/painter.ts';
import { breakLines } from '../text/break-lines.ts';
import { Footnotes, NoteNumbering, plain } from '../text/inline.ts';
import type { TextStyle } from '../text/style.ts';
import { blockContext, type BookContext } from './context.ts';
import { factsBoxes } from './facts.ts';
import { layoutMemo } from './initiative-memo.ts';

/** Width of the hanging column for a heading number ("4.1.12"). */
export function numberColumn(bc: BookContext, number: string, style: TextStyle): number {
  return Math.max(bc.fonts.width(style.font, number, style.size) + 9, style.size * 2.6);
}

/** The "QUICK WIN" badge: white capitals on a filled rounded box in the chapter colour. */
export function badge(bc: BookContext, colour: string): { width: number; paint: (p: Painter, x: number, baseline: number) => void } {
  const b = bc.theme.badge;
  const style: TextStyle = { font: 'bold', size: b.size, color: bc.theme.colors.white, tracking: 0.5 };
  const text = bc.labels.quickWin;
  const width = bc.fonts.width('bold', text, b.size) + text.length * 0.5 + 2 * b.padX;
  return {
    width,
    paint: (p, x, baseline) => {
      const top = baseline - bc.fonts.capHeight('bold', 14) / 2 - b.height / 2 - 0.5;
      p.fill(x, top, width, b.height, colour, 2.2);
      p.text(text, style, x + b.padX, top + (b.height + bc.fonts.capHeight('bold', b.size)) / 2);
    },
  };
}

/** The initiative's numbered title with a hanging number, and its badge when a quick win. */
function titleBoxes(bc: BookContext, i: PlacedInitiative, colour: string): Box[] {
  const h = bc.theme.headings.initiative;
  const style: TextStyle = { font: 'bold', size: h.size, color: bc.theme.colors.text };
  const col = numberColumn(bc, i.number, style);
  const width = bc.g.measure - col;
  const qw = i.quickWin ? badge(bc, colour) : undefined;
  const fits = (set: readonly { width: number }[]) => qw !== undefined && set.at(-1)!.width + 10 + qw.width <= width;
  let lines = breakLines(bc.fonts, plain(i.title, style), width);
  // A badge that does not fit after the title takes the title's last word along to the next line, never a line of its own.
  const space = i.title.lastIndexOf(' ');
  if (qw && !fits(lines) && space > 0) {
    const carried = breakLines(bc.fonts, [...plain(i.title.slice(0, space), style), { text: '\n', style }, ...plain(i.title.slice(space + 1), style)], width);
    if (fits(carried)) lines = carried;
  }
  const badgeOnLast = fits(lines);
  const boxes: Box[] = lines.map((line, n) => ({
    height: h.leading,
    keep: true,
    paint: (p, x, y) => {
      if (n === 0) p.text(i.number, { ...style, color: colour }, x, p.baseline(y, h.leading, h.size));
      p.line(line, x + col, y, h.leading, width, 'left');
      if (qw && badgeOnLast && n === lines.length - 1) qw.paint(p, x + col + line.width + 10, p.baseline(y, h.leading, h.size));
    },
  }));
  if (qw && !badgeOnLast) boxes.push({ height: h.leading, keep: true, paint: (p, x, y) => qw.paint(p, x + col, p.baseline(y, h.leading, h.size)) });
  boxes[0]!.marks = [{ id: i.anchor, outline: { title: `${i.number} ${i.title}`, level: 1 } }];
  return tagAll(boxes, structNode('H3'));
}


/** Is the outer margin on the right of the page whose text block starts at `x` (binding on the left)? */
function outerIsRight(p: Painter, x: number): boolean {
  return p.g.inner === p.g.outer || Math.abs(x - p.g.inner) < 0.5;
}

/**
 * A change bar in the outer margin beside every line of an initiative that is new or
 * changed since the previous edition, and its word ("Baru", "Diubah") beside the title.
 */
function withChangeBar(bc: BookContext, boxes: Box[], label: string): Box[] {
  const colour = bc.theme.colors.text;
  const { gap, bar, size } = bc.theme.changeMark;
  const style: TextStyle = { font: 'bold', size, color: colour };
  let first = true;
  return boxes.map((box) => {
    // The space before the title stays bare; after it the bar runs unbroken.
    if (box.glue && first) return box;
    const own = box.paint;
    const labelled = first;
    first = false;
    return {
      ...box,
      paint: (p: Painter, x: number, y: number) => {
        own?.(p, x, y);
        const right = outerIsRight(p, x);
        const barX = right ? x + bc.g.measure + gap : x - gap - bar;
        p.fill(barX, y, bar, box.height, colour);
        if (!labelled) return;
        // The word stays 5 mm clear of the paper's edge: a smaller size when the margin is narrow.
        const room = (right ? p.g.width - (barX + bar) : barX) - 3 - SAFE_EDGE;
        const natural = bc.fonts.width('bold', label, style.size);
        const fitted = natural > room ? { ...style, size: (style.size * room) / natural } : style;
        const width = bc.fonts.width('bold', label, fitted.size);
        const h = bc.theme.headings.initiative;
        p.text(label, fitted, right ? barX + bar + 3 : barX - 3 - width, p.baseline(y, h.leading, h.size));
      },
    };
  });
}

/** One initiative: title, facts block (kept with the title), body; its footnotes are numbered on through `notes`, its chapter's. */
export function initiativeBoxes(bc: BookContext, i: PlacedInitiative, colour: string, notes = new NoteNumbering(i.anchor)): Box[] {
  const lay = (c: BookContext): Box[] => {
    const boxes = initiativeContent(c, i, colour, notes);
    const mark = c.book.changes?.marks.get(i.id);
    return mark ? withChangeBar(c, boxes, mark.short) : boxes;
  };
  return layoutMemo()?.boxes(bc, i, colour, notes, lay) ?? lay(bc);
}

function initiativeContent(bc: BookContext, i: PlacedInitiative, colour: string, notes: NoteNumbering): Box[] {
  const h = bc.theme.headings.initiative;
  const footnotes = new Footnotes(notes, i.body);
  // Headings in the body rank below the initiative's own title (H3): "##" is H4.
  const content = drawWithNotes(i.body, { ...blockContext(bc, colour, { file: i.path, footnotes }), headingShift: 2 });
  return [
    glue(h.before),
    ...titleBoxes(bc, i, colour),
    { height: h.after, keep: true },
    ...factsBoxes(bc, i, colour),
    ...(content.boxes.length ? [glue(Math.max(content.before, 12)), ...keepEnding(content.boxes)] : []),
  ];
}
