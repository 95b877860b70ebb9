import type { Box, Mark } from '../flow/box.ts';
import { structNode, tagAll } from '../flow/structure.ts';
import type { PageStyle } from '../flow/page.ts';
import { breakLines } from '../text/break-lines.ts';
import { plain } from '../text/inline.ts';
import { MM } from '../theme.ts';
import type { BookContext } from './context.ts';

/** How a chapter opens: its label ("BAB IV"), title, colour, and what the running head says after it. */
export interface Opening {
  id: string;
  label?: string;
  title: string;
  colour: string;
  /** Running head on the chapter's following pages (right side). */
  head: string;
  numbering: PageStyle['numbering'];
  /** Bookmark; level 0. */
  outline?: string;
  /** Open on the next page rather than the next right-hand page (lists after the contents). */
  anyPage?: boolean;
}

function openingBoxes(bc: BookContext, o: Opening): Box[] {
  const t = bc.theme.headings;
  const co = bc.theme.chapterOpening;
  const marks: Mark[] = [{ id: o.id, ...(o.outline ? { outline: { title: o.outline, level: 0 } } : {}) }];
  const boxes: Box[] = [{ height: co.dropMm * MM, keep: true, marks }];
  if (o.label) {
    const style = { font: 'bold' as const, size: t.chapterLabel.size, color: o.colour, tracking: t.chapterLabel.tracking };
    const label = breakLines(bc.fonts, plain(o.label, style), bc.g.measure)[0]!;
    boxes.push({ height: t.chapterLabel.size * 2, keep: true, paint: (p, x, y) => p.line(label, x, y, t.chapterLabel.size * 1.6, bc.g.measure, 'left') });
  }
  const style = { font: 'bold' as const, size: t.chapterTitle.size, color: bc.theme.colors.text };
  for (const line of breakLines(bc.fonts, plain(o.title, style), bc.g.measure * 0.85)) {
    boxes.push({ height: t.chapterTitle.leading, keep: true, paint: (p, x, y) => p.line(line, x, y, t.chapterTitle.leading, bc.g.measure, 'left') });
  }
  tagAll(boxes, structNode('H1'));
  boxes.push({
    height: co.afterRule + co.ruleHeight + 10,
    keep: true,
    paint: (p, x, y) => p.fill(x, y + 10, co.ruleWidth, co.ruleHeight, o.colour),
  });
  return boxes;
}

/** Start a chapter on a new right-hand page: its opening block, then running heads for the pages after. */
export function openChapter(bc: BookContext, o: Opening): void {
  bc.flow.style = { numbering: o.numbering, folio: true, colour: o.colour, head: { left: bc.book.settings.title, right: o.head } };
  bc.flow.newPage({ recto: !o.anyPage, style: { opening: true } });
  bc.flow.addAll(openingBoxes(bc, o));
}
