import { glue, type Box } from '../flow/box.ts';
import type { TextStyle } from '../text/style.ts';
import { captionListId, type CaptionList } from './caption-lists.ts';
import type { Chapter } from '../../../model/book.ts';
import type { BookContext } from './context.ts';
import { entryBox } from './contents-entry.ts';
import { adopt, structNode } from '../flow/structure.ts';

/** Left edge and number column of the three levels: each level starts under the title of the one above. */
function levels(bc: BookContext, entries: readonly Entry[]): { x: number; numberWidth: number }[] {
  const widest = (level: number, min: number): number =>
    Math.max(min, ...entries.filter((e) => e.level === level && e.number).map((e) => bc.fonts.width(styleOf(bc, e).font, e.number!, styleOf(bc, e).size) + 10));
  const w0 = widest(0, 44);
  const w1 = widest(1, 30);
  return [
    { x: 0, numberWidth: w0 },
    { x: w0, numberWidth: w1 },
    { x: w0 + w1, numberWidth: widest(2, 40) },
  ];
}

interface Entry {
  level: 0 | 1 | 2;
  number?: string;
  title: string;
  target: string;
  colour?: string;
}

function frontEntries(bc: BookContext, lists: readonly CaptionList[]): Entry[] {
  const { book, labels } = bc;
  return [
    ...(book.approval ? [{ level: 0 as const, title: labels.approval, target: book.anchors.approval }] : []),
    ...book.front.filter((c) => !c.number).map((c) => ({ level: 0 as const, title: c.title, target: c.anchor })),
    ...lists.map((l) => ({ level: 0 as const, title: l.title, target: captionListId(l.kind) })),
    { level: 0, title: labels.abbreviations, target: book.anchors.abbreviations },
    { level: 0, title: labels.executiveSummary, target: book.anchors.summary },
  ];
}

/** A plain chapter's entry, with its BAB label when it is numbered. */
function plainEntry(c: Chapter): Entry {
  return { level: 0, ...(c.label ? { number: c.label } : {}), title: c.title, target: c.anchor };
}

function bodyEntries(bc: BookContext): Entry[] {
  const { book } = bc;
  const out: Entry[] = book.front.filter((c) => c.number).map(plainEntry);
  for (const chapter of book.chapters) {
    const colour = chapter.dimension.colour;
    out.push({ level: 0, number: chapter.label, title: chapter.title, target: chapter.anchor });
    for (const section of chapter.sections) {
      out.push({ level: 1, number: section.number, title: section.title, target: section.anchor, colour });
      for (const i of section.initiatives) out.push({ level: 2, number: i.number, title: i.title, target: i.anchor });
    }
  }
  out.push(...book.back.filter((c) => c.number).map(plainEntry), ...book.back.filter((c) => !c.number).map(plainEntry));
  out.push({ level: 0, title: bc.labels.annexes, target: book.anchors.annexes });
  for (const a of book.annexes) out.push({ level: 1, number: String(a.number), title: a.title, target: a.anchor });
  return out;
}

function styleOf(bc: BookContext, e: Entry): TextStyle {
  const size = bc.theme.contents.size;
  if (e.level === 0) return { font: 'bold', size, color: bc.theme.colors.text };
  if (e.level === 1) return { font: 'bold', size: size - 0.5, color: e.colour ?? bc.theme.colors.text };
  return { font: 'regular', size, color: bc.theme.colors.text };
}

/** The boxes of the Daftar Isi: chapters bold, sections and initiatives indented, each a link. */
export function contentsBoxes(bc: BookContext, lists: readonly CaptionList[]): Box[] {
  const entries = [...frontEntries(bc, lists), ...bodyEntries(bc)];
  const columns = levels(bc, entries);
  const boxes: Box[] = [];
  entries.forEach((e, n) => {
    const style = styleOf(bc, e);
    if (e.level === 0 && n > 0) boxes.push(glue(bc.theme.contents.chapterGap));
    const level = columns[e.level]!;
    const numberWidth = e.number || e.level > 0 ? level.numberWidth : 0;
    const box = entryBox(bc, { x: level.x, numberWidth, ...(e.number ? { number: e.number } : {}), title: e.title, target: e.target, style, leading: bc.theme.contents.leading });
    boxes.push(e.level < 2 ? { ...box, keep: true } : box);
  });
  return adopt(boxes, structNode('TOC'));
}
