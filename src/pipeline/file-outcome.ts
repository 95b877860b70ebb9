import type { ChapterContent } from '../content/chapter.ts';
import type { InitiativeRef } from '../content/initiative.ts';
import type { MarkdownDoc } from '../content/markdown-doc.ts';
import type { SourceFile } from '../content/source.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { DimensionId } from '../domain/dimensions.ts';
import type { Initiative } from '../model/book.ts';

/** What checking one file on its own produced: its diagnostics and its parts of the book. */
export interface FileOutcome {
  diagnostics: Diagnostic[];
  initiatives: Initiative[];
  refs: InitiativeRef[];
  front: ChapterContent[];
  back: ChapterContent[];
  intros: [DimensionId, ChapterContent][];
  docs: MarkdownDoc[];
  unplaced: string[];
  /**
   * The outcome follows from the file's bytes and the book's settings alone, so a cache
   * may keep it: false when the file has images (their files may change on their own)
   * or when only its frontmatter was read.
   */
  keepable: boolean;
}

/** An outcome with nothing in it yet. */
export function emptyOutcome(): FileOutcome {
  return { diagnostics: [], initiatives: [], refs: [], front: [], back: [], intros: [], docs: [], unplaced: [], keepable: true };
}

/** Where per-file outcomes may come from and go to (the content cache), so unchanged files are not checked again. */
export interface OutcomeMemo {
  /** The outcome kept for this very file (same bytes, same settings), if any. */
  recall(source: SourceFile): FileOutcome | undefined;
  /** Keep a keepable outcome for the next run. */
  keep(source: SourceFile, outcome: FileOutcome): void;
}
