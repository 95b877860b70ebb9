import type { Chapter } from '../../../model/book.ts';
import { drawFootnotes } from '../blocks/footnotes.ts';
import { drawBlocks, keepEnding, stack } from '../blocks/markdown.ts';
import type { Block } from '../blocks/context.ts';
import { Footnotes } from '../text/inline.ts';
import { blockContext, type BookContext } from './context.ts';
import { openChapter, type Opening } from './opening.ts';

/** A front or back chapter (or any Markdown chapter): opening, body, footnotes. */
export function drawChapter(bc: BookContext, chapter: Chapter, opening: Omit<Opening, 'id' | 'title' | 'head'> & { head?: string }): void {
  openChapter(bc, { id: chapter.anchor, title: chapter.title, head: opening.head ?? chapter.title, outline: chapter.title, ...opening });
  bc.flow.addAll(chapterBody(bc, chapter, opening.colour).boxes);
}

/** The Markdown of a chapter with its footnotes at the end. */
export function chapterBody(bc: BookContext, chapter: Chapter, colour: string): Block {
  const footnotes = new Footnotes(chapter.anchor, chapter.body);
  const ctx = blockContext(bc, colour, { file: chapter.path, footnotes });
  const body = drawBlocks(chapter.body.children, ctx);
  const notes = drawFootnotes(chapter.body, ctx);
  const all = notes ? stack([body, notes]) : body;
  return { ...all, boxes: keepEnding(all.boxes) };
}
