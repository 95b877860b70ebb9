import type { Chapter } from '../../../model/book.ts';
import { drawWithNotes } from '../blocks/footnotes.ts';
import { keepEnding } from '../blocks/markdown.ts';
import type { Block } from '../blocks/context.ts';
import type { Box } from '../flow/box.ts';
import { Footnotes, NoteNumbering } from '../text/inline.ts';
import { blockContext, type BookContext } from './context.ts';
import { openChapter, type Opening } from './opening.ts';
import { signatureBoxes } from './signature.ts';

/** A front or back chapter (or any Markdown chapter): opening ("BAB I" when numbered), body, signature. */
export function drawChapter(bc: BookContext, chapter: Chapter, opening: Omit<Opening, 'id' | 'title' | 'head'> & { head?: string }): void {
  const label = chapter.label ? { label: chapter.label } : {};
  const outline = chapter.label ? `${chapter.label} ${chapter.title}` : chapter.title;
  const head = opening.head ?? (chapter.label ? `${chapter.label}  ${chapter.title}` : chapter.title);
  openChapter(bc, { id: chapter.anchor, title: chapter.title, outline, ...label, ...opening, head });
  bc.flow.addAll(chapterBody(bc, chapter, opening.colour).boxes);
}

/** Keep the last content box with what follows (a signature block stays with the lines it closes). */
function keepLast(boxes: Box[]): Box[] {
  let last = boxes.length - 1;
  while (last >= 0 && boxes[last]!.glue) last--;
  if (last >= 0) boxes[last] = { ...boxes[last]!, keep: true };
  return boxes;
}

/** The Markdown of a chapter (footnotes at the foot of their pages, numbered on through `notes`), its signature block kept with its last lines. */
export function chapterBody(bc: BookContext, chapter: Chapter, colour: string, notes = new NoteNumbering(chapter.anchor)): Block {
  const footnotes = new Footnotes(notes, chapter.body);
  const body = drawWithNotes(chapter.body, blockContext(bc, colour, { file: chapter.path, footnotes }));
  const signed: Block = chapter.signature ? { ...body, boxes: [...keepLast(keepEnding(body.boxes)), ...signatureBoxes(bc, chapter.signature)] } : body;
  return { ...signed, boxes: keepEnding(signed.boxes) };
}
