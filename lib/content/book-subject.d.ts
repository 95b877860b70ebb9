import type { DimensionId } from '../domain/dimensions.ts';
import type { Book } from '../model/book.ts';
import type { InitiativeRef } from './initiative.ts';
import type { MarkdownDoc } from './markdown-doc.ts';
/** The assembled book as the whole-book rules see it, with what they need of the files that did not make it in. */
export interface BookSubject {
    /** Display path of book.yml. */
    file: string;
    book: Book;
    /** Every initiative file with frontmatter, placed or not: its id still counts for duplicates and links. */
    refs: readonly InitiativeRef[];
    /** Every Markdown body, for the link check. */
    docs: readonly MarkdownDoc[];
    /** Display path of each dimension's introduction. */
    intros: ReadonlyMap<DimensionId, string>;
    /** Every initiative file is in the book without an error, so its counts can be judged. */
    complete: boolean;
}
