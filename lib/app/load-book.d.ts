import type { ParsedFile } from '../content/parsed.ts';
import type { SourceFile } from '../content/source.ts';
import { type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Book } from '../model/book.ts';
import { read, type ReadResult } from '../pipeline/read.ts';
import type { Rule } from '../rules/rule.ts';
/** Where the book is and how to read it. */
export interface LoadOptions {
    cwd: string;
    /** Content folder, relative to cwd (default `content`). */
    content?: string;
    /** Message and label language; default: book.yml `locale`, else Indonesian. */
    lang?: Lang;
    /** Override book.yml `status` for the KONSEP mark. */
    draft?: boolean;
    /** Replacement read and parse stages: `watch` passes cached ones that re-read only changed files. */
    stages?: Partial<LoadStages>;
    /** The rules to run (default: the whole catalogue); tests run one rule alone. */
    rules?: readonly Rule[];
}
/** The stages of loadBook that touch every file and may be swapped for cached ones. */
export interface LoadStages {
    read: typeof read;
    parse: (file: SourceFile) => ParsedFile;
}
/** The book with every diagnostic of every file, sorted. */
export interface LoadResult {
    book: Book;
    diagnostics: Diagnostic[];
    /** Number of files read (book.yml and every Markdown file). */
    files: number;
    /** Files under the content folder that are not in the book (each has a fatal error), sorted. */
    excluded: string[];
    errors: number;
    warnings: number;
    lang: Lang;
}
/** Read, parse, validate and assemble a book project: the whole check, with no output written. */
export declare function loadBook(options: LoadOptions): Promise<LoadResult>;
/** What checking read files needs besides them. */
export type CheckOptions = Pick<LoadOptions, 'lang' | 'draft' | 'rules'> & {
    parse?: LoadStages['parse'];
};
/**
 * Check files already read (from disk, or from memory in tests): book.yml, then every
 * file on its own, then the assembled book as a whole.
 */
export declare function checkSources(source: ReadResult & {
    book: SourceFile;
}, options?: CheckOptions): LoadResult;
