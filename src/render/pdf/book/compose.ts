import type { LaidPage } from '../flow/page.ts';
import { drawAnnexes } from './annexes.ts';
import { drawApproval } from './approval.ts';
import { captionListBoxes, captionListId, captionLists } from './caption-lists.ts';
import { drawChapter } from './chapter.ts';
import { contentsBoxes } from './contents.ts';
import type { BookContext } from './context.ts';
import { drawCover } from './cover.ts';
import { drawDimension } from './dimension.ts';
import { openChapter } from './opening.ts';

/** Mark of the Daftar Isi. */
export const CONTENTS_ID = '_daftar-isi';

function drawLists(bc: BookContext): void {
  const lists = captionLists(bc);
  const accent = bc.accent;
  openChapter(bc, { id: CONTENTS_ID, title: bc.labels.contents, colour: accent, head: bc.labels.contents, numbering: 'roman', outline: bc.labels.contents });
  bc.flow.addAll(contentsBoxes(bc, lists));
  for (const list of lists) {
    openChapter(bc, { id: captionListId(list.kind), title: list.title, colour: accent, head: list.title, numbering: 'roman', outline: list.title, anyPage: true });
    bc.flow.addAll(captionListBoxes(bc, list));
  }
}

/**
 * The whole book in reading order (product.md §5): cover, approval, front chapters,
 * contents and lists, one chapter per dimension, annexes, closing chapters. Returns the
 * laid-out pages; nothing is drawn yet.
 */
export function composeBook(bc: BookContext): LaidPage[] {
  drawCover(bc);
  drawApproval(bc);
  for (const chapter of bc.book.front) drawChapter(bc, chapter, { colour: bc.accent, numbering: 'roman' });
  drawLists(bc);
  for (const chapter of bc.book.chapters) drawDimension(bc, chapter);
  drawAnnexes(bc);
  for (const chapter of bc.book.back) drawChapter(bc, chapter, { colour: bc.accent, numbering: 'arabic' });
  return bc.flow.pages;
}
