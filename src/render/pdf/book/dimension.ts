import type { DimensionChapter, Section } from '../../../model/book.ts';
import { lineBoxes } from '../blocks/lines.ts';
import { glue, type Box } from '../flow/box.ts';
import { structNode, tagAll } from '../flow/structure.ts';
import { breakLines } from '../text/break-lines.ts';
import { NoteNumbering, plain } from '../text/inline.ts';
import type { TextStyle } from '../text/style.ts';
import { chapterBody } from './chapter.ts';
import { bodyStyle, type BookContext } from './context.ts';
import { initiativeBoxes, numberColumn } from './initiative.ts';
import { openChapter } from './opening.ts';

function sectionBoxes(bc: BookContext, section: Section, colour: string): Box[] {
  const h = bc.theme.headings.section;
  const style: TextStyle = { font: 'bold', size: h.size, color: colour };
  const col = numberColumn(bc, section.number, style);
  const lines = breakLines(bc.fonts, plain(section.title, style), bc.g.measure - col);
  const boxes: Box[] = lines.map((line, n) => ({
    height: h.leading,
    keep: true,
    paint: (p, x, y) => {
      if (n === 0) p.text(section.number, style, x, p.baseline(y, h.leading, h.size));
      p.line(line, x + col, y, h.leading, bc.g.measure - col, 'left');
      if (n === lines.length - 1) p.rule(x, y + h.leading + 3, x + bc.g.measure, y + h.leading + 3, colour, 0.6);
    },
  }));
  boxes[0]!.marks = [{ id: section.anchor }];
  tagAll(boxes, structNode('H2'));
  return [glue(h.before), ...boxes, { height: h.after, keep: true }];
}

function noInitiatives(bc: BookContext): Box[] {
  const style = { ...bodyStyle(bc), font: 'italic' as const, color: bc.theme.colors.muted };
  const lines = breakLines(bc.fonts, plain(bc.labels.noInitiatives, style), bc.g.measure);
  return [glue(bc.theme.body.leading), ...lineBoxes(lines, { indent: 0, width: bc.g.measure, leading: bc.theme.body.leading, align: 'left' })];
}

/** "BAB IV": the dimension chapter with its introduction, element sections and initiatives. */
export function drawDimension(bc: BookContext, chapter: DimensionChapter): void {
  const colour = chapter.dimension.colour;
  const { title, label } = chapter;
  openChapter(bc, { id: chapter.anchor, label, title, colour, head: `${label}  ${title}`, numbering: 'arabic', outline: `${label} ${title}` });
  // Footnotes are numbered on through the chapter: its introduction, then its initiatives.
  const notes = new NoteNumbering(chapter.anchor);
  if (chapter.intro) bc.flow.addAll(chapterBody(bc, chapter.intro, colour, notes).boxes);
  if (chapter.initiatives.length === 0) bc.flow.addAll(noInitiatives(bc));
  for (const section of chapter.sections) {
    bc.flow.addAll(sectionBoxes(bc, section, colour));
    section.initiatives.forEach((initiative, n) => {
      const boxes = initiativeBoxes(bc, initiative, colour, notes);
      bc.flow.addAll(n === 0 ? boxes.slice(1) : boxes);
    });
  }
}
