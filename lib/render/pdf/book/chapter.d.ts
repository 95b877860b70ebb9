import type { Chapter } from '../../../model/book.ts';
import type { Block } from '../blocks/context.ts';
import { type BookContext } from './context.ts';
import { type Opening } from './opening.ts';
/** A front or back chapter (or any Markdown chapter): opening ("BAB I" when numbered), body, signature, footnotes. */
export declare function drawChapter(bc: BookContext, chapter: Chapter, opening: Omit<Opening, 'id' | 'title' | 'head'> & {
    head?: string;
}): void;
/** The Markdown of a chapter, its signature block kept with its last lines, then its footnotes. */
export declare function chapterBody(bc: BookContext, chapter: Chapter, colour: string): Block;
