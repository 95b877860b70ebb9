import type { AnnexKey } from '../../../model/book.ts';
import { opdFullName } from '../../../model/names.ts';
import { lineBoxes } from '../blocks/lines.ts';
import { glue, type Box } from '../flow/box.ts';
import { adopt, structNode } from '../flow/structure.ts';
import { breakLines } from '../text/break-lines.ts';
import { plain } from '../text/inline.ts';
import type { TextStyle } from '../text/style.ts';
import { changesAnnex } from './annex-changes.ts';
import { annexMatrix } from './annex-matrix.ts';
import { indicatorTable, initiativeList, quickWinTable } from './annex-lists.ts';
import { entryBox } from './contents-entry.ts';
import type { BookContext } from './context.ts';
import { openChapter } from './opening.ts';
import { paragraph, partHeading } from './part-heading.ts';
import { roadmapBoxes } from './roadmap.ts';

/** Initiatives per OPD, with page numbers; agencies that lead none are left to `stats`. */
function perOpd(bc: BookContext): Box[] {
  const size = bc.theme.contents.size;
  const text = bc.theme.colors.text;
  const boxes: Box[] = [];
  for (const { opd, initiatives } of bc.book.summary.leading) {
    const headStyle: TextStyle = { font: 'bold', size, color: text };
    const head = lineBoxes(breakLines(bc.fonts, plain(`${opdFullName(opd)} — ${initiatives.length}`, headStyle), bc.g.measure), { indent: 0, width: bc.g.measure, leading: 15, align: 'left', role: 'H3' });
    head.forEach((b) => (b.keep = true));
    boxes.push(glue(8), ...head);
    const entries = initiatives.map((i) => entryBox(bc, { x: 14, numberWidth: 40, number: i.number, title: i.title, target: i.anchor, style: { font: 'regular', size, color: text }, leading: 14.5 }));
    boxes.push(...adopt(entries, structNode('TOC')));
  }
  return boxes;
}

/** The roadmap with its reading note. */
function roadmap(bc: BookContext): Box[] {
  const note: TextStyle = { font: 'italic', size: bc.theme.small.size, color: bc.theme.colors.muted };
  return [...paragraph(bc, plain(bc.labels.roadmapNote, note), { size: bc.theme.small.size, align: 'left' }), glue(6), ...roadmapBoxes(bc)];
}

const PARTS: Record<AnnexKey, (bc: BookContext) => Box[]> = {
  initiatives: initiativeList,
  quickWins: quickWinTable,
  matrix: annexMatrix,
  perOpd,
  roadmap,
  indicators: indicatorTable,
  changes: changesAnnex,
};

/** Lampiran: every annex of the book (or the ones asked for), each on a new page, with page numbers. */
export function drawAnnexes(bc: BookContext, only?: readonly AnnexKey[]): void {
  const annexes = bc.book.annexes.filter((a) => !only || only.includes(a.key));
  openChapter(bc, { id: bc.book.anchors.annexes, title: bc.labels.annexes, colour: bc.accent, head: bc.labels.annexes, numbering: 'arabic', outline: bc.labels.annexes });
  annexes.forEach((a, n) => {
    if (n > 0) bc.flow.newPage();
    // A book with some annexes only numbers them afresh.
    const number = only ? n + 1 : a.number;
    bc.flow.addAll(partHeading(bc, { kicker: `${bc.labels.annex} ${number}`, title: a.title, mark: { id: a.anchor, outline: `${bc.labels.annex} ${number}. ${a.title}` } }));
    bc.flow.addAll(PARTS[a.key](bc));
  });
}
