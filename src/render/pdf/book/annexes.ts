import type { PlacedInitiative } from '../../../model/book.ts';
import { formatRupiah, formatYears } from '../../../i18n/format.ts';
import { lineBoxes } from '../blocks/lines.ts';
import { glue, type Box } from '../flow/box.ts';
import { breakLines } from '../text/break-lines.ts';
import { plain } from '../text/inline.ts';
import { withStyle, type Run, type TextStyle } from '../text/style.ts';
import { annexTitles } from './annex-ids.ts';
import { entryBox } from './contents-entry.ts';
import { bodyStyle, type BookContext } from './context.ts';
import { opdFullName, opdShortName, shortDimensionName } from '../../../model/names.ts';
import { annexMatrix } from './annex-matrix.ts';
import { annexTable } from './annex-table.ts';
import { openChapter } from './opening.ts';

/** Column head of page numbers, short so the column stays narrow. */
const PAGE_SHORT = { id: 'Hal.', en: 'Page' } as const;

/** "LAMPIRAN 1" over the annex title; marked and bookmarked. */
function annexHeading(bc: BookContext, n: number, id: string, title: string): Box[] {
  const h = bc.theme.headings.section;
  const label: TextStyle = { font: 'bold', size: 9, color: bc.accent, tracking: 1.6 };
  const style: TextStyle = { font: 'bold', size: h.size, color: bc.theme.colors.text };
  const top = breakLines(bc.fonts, plain(`${bc.labels.annex} ${n}`.toUpperCase(), label), bc.g.measure);
  const lines = breakLines(bc.fonts, plain(title, style), bc.g.measure);
  const boxes = [...lineBoxes(top, { indent: 0, width: bc.g.measure, leading: 14, align: 'left' }), ...lineBoxes(lines, { indent: 0, width: bc.g.measure, leading: h.leading, align: 'left' })];
  boxes.forEach((b) => (b.keep = true));
  boxes[0]!.marks = [{ id, outline: { title: `${bc.labels.annex} ${n}. ${title}`, level: 1 } }];
  return [...boxes, { height: 12, keep: true }];
}

function quickWinTable(bc: BookContext): Box[] {
  const t = bc.theme.table;
  const style: TextStyle = withStyle(bodyStyle(bc), { size: t.size });
  const head = withStyle(style, { font: 'bold' });
  const f = bc.labels.facts;
  const row = (i: PlacedInitiative): Run[][] => {
    const chapter = bc.book.chapters[i.chapter - 1]!;
    return [
      plain(i.number, style),
      plain(i.title, withStyle(style, { link: { dest: i.anchor } })),
      plain(shortDimensionName(chapter.title), style),
      plain(opdShortName(i.opd), style),
      plain(formatYears(i.startYear, i.endYear) || '–', style),
      plain(i.budget !== undefined ? formatRupiah(i.budget, bc.book.lang) : '–', style),
      plain('000', withStyle(style, { pageOf: i.anchor })),
    ];
  };
  const total = bc.book.summary.quickWinBudget;
  const totalRow = [plain('', head), plain(bc.labels.total, head), [], [], [], plain(formatRupiah(total, bc.book.lang), head), []];
  return annexTable(bc, {
    header: [bc.labels.number, bc.labels.initiative, f.dimension, 'OPD', f.years, f.budget, PAGE_SHORT[bc.book.lang]].map((h) => plain(h, head)),
    rows: [...bc.book.quickWins.map(row), ...(bc.book.quickWins.length ? [totalRow] : [])],
    align: ['left', 'left', 'left', 'left', 'left', 'right', 'right'],
  });
}

function perOpd(bc: BookContext): Box[] {
  const size = bc.theme.contents.size;
  const text = bc.theme.colors.text;
  const boxes: Box[] = [];
  for (const { opd, initiatives } of bc.book.opds) {
    const headStyle: TextStyle = { font: 'bold', size, color: text };
    const head = lineBoxes(breakLines(bc.fonts, plain(`${opdFullName(opd)} — ${initiatives.length}`, headStyle), bc.g.measure), { indent: 0, width: bc.g.measure, leading: 15, align: 'left' });
    head.forEach((b) => (b.keep = true));
    boxes.push(glue(8), ...head);
    if (initiatives.length === 0) {
      const none: TextStyle = { font: 'italic', size, color: bc.theme.colors.muted };
      boxes.push(...lineBoxes(breakLines(bc.fonts, plain(bc.labels.noInitiativesForOpd, none), bc.g.measure - 14), { indent: 14, width: bc.g.measure - 14, leading: 14.5, align: 'left' }));
      continue;
    }
    for (const i of initiatives) {
      boxes.push(entryBox(bc, { x: 14, numberWidth: 40, number: i.number, title: i.title, target: i.anchor, style: { font: 'regular', size, color: text }, leading: 14.5 }));
    }
  }
  return boxes;
}

/** Lampiran: quick-win list, OPD × dimension matrix, initiatives per OPD, with page numbers. */
export function drawAnnexes(bc: BookContext): void {
  openChapter(bc, { id: bc.book.anchors.annexes, title: bc.labels.annexes, colour: bc.accent, head: bc.labels.annexes, numbering: 'arabic', outline: bc.labels.annexes });
  const parts = [quickWinTable(bc), annexMatrix(bc), perOpd(bc)];
  annexTitles(bc).forEach((a, n) => {
    if (n > 0) bc.flow.newPage();
    bc.flow.addAll(annexHeading(bc, n + 1, a.id, a.title));
    bc.flow.addAll(parts[n]!);
  });
}
