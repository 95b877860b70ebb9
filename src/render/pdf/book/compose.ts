import type { BookKind } from '../../../model/book.ts';
import type { LaidPage } from '../flow/page.ts';
import { drawAbbreviations } from './abbreviations.ts';
import { drawAnnexes } from './annexes.ts';
import { drawApproval } from './approval.ts';
import { captionListBoxes, captionListId, captionLists } from './caption-lists.ts';
import { drawChapter } from './chapter.ts';
import { contentsBoxes } from './contents.ts';
import type { BookContext } from './context.ts';
import { drawBackCover, drawCover } from './cover.ts';
import { drawDimension } from './dimension.ts';
import { openChapter } from './opening.ts';
import { drawSummary } from './summary.ts';

/** Mark of the Daftar Isi. */
export const CONTENTS_ID = '_daftar-isi';

/** Daftar Isi, then Daftar Tabel and Daftar Gambar when there are tables and figures, then Daftar Singkatan. */
function drawLists(bc: BookContext): void {
  const lists = captionLists(bc);
  const accent = bc.accent;
  openChapter(bc, { id: CONTENTS_ID, title: bc.labels.contents, colour: accent, head: bc.labels.contents, numbering: 'roman', outline: bc.labels.contents });
  bc.flow.addAll(contentsBoxes(bc, lists));
  for (const list of lists) {
    openChapter(bc, { id: captionListId(list.kind), title: list.title, colour: accent, head: list.title, numbering: 'roman', outline: list.title, anyPage: true });
    bc.flow.addAll(captionListBoxes(bc, list));
  }
  drawAbbreviations(bc);
}

/**
 * Buku Satu in the order of Indonesian government books (product.md §5): cover, approval,
 * preliminaries, contents and lists, executive summary, numbered chapters from front/,
 * the six dimension chapters, the chapters from back/, the annexes, the back cover.
 */
function composeSatu(bc: BookContext): void {
  const { front, back, chapters } = bc.book;
  drawCover(bc);
  drawApproval(bc);
  for (const chapter of front.filter((c) => !c.number)) drawChapter(bc, chapter, { colour: bc.accent, numbering: 'roman' });
  drawLists(bc);
  drawSummary(bc);
  for (const chapter of front.filter((c) => c.number)) drawChapter(bc, chapter, { colour: bc.accent, numbering: 'arabic' });
  for (const chapter of chapters) drawDimension(bc, chapter);
  for (const chapter of [...back.filter((c) => c.number), ...back.filter((c) => !c.number)]) drawChapter(bc, chapter, { colour: bc.accent, numbering: 'arabic' });
  drawAnnexes(bc);
  drawBackCover(bc);
}

/** The executive summary for the mayor: cover, Sambutan, Ringkasan Eksekutif, quick wins and Peta Jalan, back cover. */
function composeRingkasan(bc: BookContext): void {
  drawCover(bc);
  for (const chapter of bc.book.front.filter((c) => !c.number && /sambutan|foreword/.test(c.id))) drawChapter(bc, chapter, { colour: bc.accent, numbering: 'roman' });
  drawSummary(bc, 'arabic');
  drawAnnexes(bc, ['roadmap']);
  drawBackCover(bc);
}

/** The preview of a pull request (`build --changed`): cover, the changed initiatives in their chapters with their book numbers, the change annex. */
function composePratinjau(bc: BookContext): void {
  drawCover(bc);
  for (const chapter of bc.book.chapters) drawDimension(bc, chapter);
  drawAnnexes(bc, ['changes']);
}

/** The whole book laid out in reading order; nothing is drawn yet. */
export function composeBook(bc: BookContext, kind: BookKind = 'satu'): LaidPage[] {
  if (kind === 'ringkasan') composeRingkasan(bc);
  else if (kind === 'pratinjau') composePratinjau(bc);
  else composeSatu(bc);
  return bc.flow.pages;
}
