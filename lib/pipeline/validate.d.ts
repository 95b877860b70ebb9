import type { BookConfig } from '../config/book-config.ts';
import { type ChapterContent } from '../content/chapter.ts';
import type { ImageResolver } from '../content/images.ts';
import { type InitiativeRef } from '../content/initiative.ts';
import { type MarkdownDoc } from '../content/markdown-doc.ts';
import type { ParsedFile } from '../content/parsed.ts';
import type { SourceFile } from '../content/source.ts';
import type { DimensionId } from '../domain/dimensions.ts';
import type { Initiative } from '../model/book.ts';
import type { Runner } from '../rules/run.ts';
/** Every file's content after its own checks, before the whole-book barrier. */
export interface ValidatedContent {
    initiatives: Initiative[];
    /** Id and title of every initiative file with frontmatter, placed or not, for the cross-file rules. */
    refs: InitiativeRef[];
    front: ChapterContent[];
    back: ChapterContent[];
    intros: Map<DimensionId, ChapterContent>;
    /** Every Markdown body, for the cross-file link check. */
    docs: MarkdownDoc[];
    /** Initiative files that could not be placed (each has a fatal error). */
    unplaced: string[];
}
/** What validating one file needs. */
export interface ValidateContext {
    config: BookConfig;
    runner: Runner;
    images: ImageResolver;
    parse: (file: SourceFile) => ParsedFile;
}
/**
 * Check every file on its own: where it lies, whether it reads, its frontmatter, its
 * names, its body and images. What passes (or fails only in ways book.yml allows) is
 * placed; what cannot be placed has a fatal error, which this asserts.
 */
export declare function validate(files: readonly SourceFile[], ctx: ValidateContext): ValidatedContent;
