import path from 'node:path';
import { checkSources } from '../../src/app/check-sources.ts';
import type { CheckOptions, LoadResult } from '../../src/app/load-book.ts';
import type { BookSubject } from '../../src/content/book-subject.ts';
import { classify, type SourceFile } from '../../src/content/source.ts';
import type { Book } from '../../src/model/book.ts';
import type { Rule } from '../../src/rules/rule.ts';
import { SMALL_BOOK_YML } from './cli.ts';

/** Where in-memory books pretend to live; nothing is read from there. */
export const MEMORY_CONTENT = path.resolve('/memory/book/content');

/** Stands for a file that exists but cannot be read. */
export const UNREADABLE = Symbol('unreadable');

/** A file of an in-memory book, as `read` would have found it at `content/<rel>`. */
export function memoryFile(rel: string, data: string | Buffer | typeof UNREADABLE): SourceFile {
  const base = { path: path.join(MEMORY_CONTENT, rel), display: `content/${rel}`, rel };
  if (data === UNREADABLE) return { ...base, kind: 'unreadable', bytes: Buffer.alloc(0) };
  return { ...base, kind: classify(rel), bytes: Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8') };
}

/**
 * Check a book held in memory (paths relative to `content/`; book.yml defaults to the
 * small registry of the CLI helpers), through the real pipeline, with only `rules` running.
 */
export function memoryBook(files: Record<string, string | Buffer | typeof UNREADABLE>, rules?: readonly Rule[], options: CheckOptions = {}): LoadResult {
  const all = { 'book.yml': SMALL_BOOK_YML, ...files };
  const sources = Object.entries(all).map(([rel, data]) => memoryFile(rel, data)).sort((a, b) => (a.path < b.path ? -1 : 1));
  const book = sources.find((f) => f.kind === 'book')!;
  return checkSources({ contentDir: MEMORY_CONTENT, book, files: sources.filter((f) => f !== book) }, { ...options, ...(rules ? { rules } : {}) });
}

/** A whole-book subject with only what a test gives it (the rules under test read nothing else). */
export function bookSubject(parts: Partial<BookSubject>): BookSubject {
  return { file: 'content/book.yml', book: { chapters: [] } as unknown as Book, refs: [], docs: [], intros: new Map(), complete: true, ...parts };
}
