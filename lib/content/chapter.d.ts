import type { Root } from 'mdast';
import type { BookConfig } from '../config/book-config.ts';
import type { Position } from '../diagnostics/diagnostic.ts';
import type { Dimension } from '../domain/dimensions.ts';
import type { Chapter } from '../model/book.ts';
import { ChapterFrontmatter, type Signature } from '../schema/chapter.ts';
import type { NameRef } from './initiative.ts';
import type { ParsedFile } from './parsed.ts';
import { type Checked } from './schema-issues.ts';
/** A chapter before the book gives it its anchor, number and signature block. */
export type ChapterContent = Omit<Chapter, 'anchor' | 'number' | 'label' | 'signature'> & {
    /** A numbered chapter (BAB …). */
    bab: boolean;
    signature?: Signature;
};
/** A front or back chapter file, read: what the chapter rules see. */
export interface ChapterDraft {
    file: string;
    bodyStart: Position;
    /** From `title:`, else from a first `#` heading; undefined when there is neither. */
    title?: string;
    /** The body without the heading that gave the title. */
    body: Root;
    schema?: Checked<ChapterFrontmatter>;
    parsed: ParsedFile;
}
/** A file in dimensions/, read: what the introduction rules see. */
export interface IntroDraft {
    file: string;
    /** Path relative to the content folder. */
    rel: string;
    dimension: NameRef<Dimension>;
    /** The file names that would be valid, for the message. */
    allowed: string;
    schema?: Checked<ChapterFrontmatter>;
    parsed: ParsedFile;
}
/** Read a front or back chapter: its title from `title:` or its first `#` heading (which is then not repeated). */
export declare function draftChapter(parsed: ParsedFile): ChapterDraft;
/** The chapter, or undefined when it has no title (the chapter rules say so). */
export declare function placeChapter(draft: ChapterDraft, prefix: 'front' | 'back'): ChapterContent | undefined;
/** Read a dimension introduction, matched to its dimension by file name. */
export declare function draftIntro(parsed: ParsedFile, config: BookConfig): IntroDraft;
/** The introduction and its dimension, or undefined when the file name names no dimension. */
export declare function placeIntro(draft: IntroDraft): {
    dimension: Dimension;
    chapter: ChapterContent;
} | undefined;
