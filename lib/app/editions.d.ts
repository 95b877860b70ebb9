import type { Book, BookKind } from '../model/book.ts';
import type { Lang } from '../i18n/lang.ts';
import type { OutputFile } from '../pipeline/write.ts';
import type { Progress } from '../io/progress.ts';
import type { HtmlOutput } from '../render/html/index.ts';
/** The editions a rebuild renders. */
export type Edition = 'pdf' | 'html';
/** Parse `--format pdf,html` into editions, or name the first value that is not one. */
export declare function parseEditions(value: string): Set<Edition> | {
    unknown: string;
};
/** What one render produced: files to write (named as `build` names them) and the HTML page itself. */
export interface Rendered {
    files: OutputFile[];
    html?: HtmlOutput;
}
/** SOURCE_DATE_EPOCH as seconds, when set to a whole number. */
export declare function sourceDateEpoch(env: Readonly<Record<string, string | undefined>>): number | undefined;
/** The books `build --book` makes. */
export declare const BOOK_KINDS: readonly BookKind[];
/** The file name of a book's editions, without extension. */
export declare const BOOK_FILES: Readonly<Record<BookKind, string>>;
/** How to render: the language of progress texts, the progress line, the PDF's dates, and which book. */
export interface RenderOptions {
    lang: Lang;
    progress: Progress;
    sourceDateEpoch?: number;
    book?: BookKind;
}
/** Render the chosen editions of a checked book, naming each step on the progress line. */
export declare function renderEditions(book: Book, editions: ReadonlySet<Edition>, options: RenderOptions): Promise<Rendered>;
