import type { SourceFile } from '../content/source.ts';
import { parse } from '../pipeline/parse.ts';
import type { ReadResult } from '../pipeline/read.ts';
import { checkRead, type CheckOptions, type LoadResult } from './load-book.ts';

/**
 * Check files already read (from disk, from a git tree, or from memory in tests):
 * book.yml, then every file on its own, then the assembled book as a whole.
 */
export function checkSources(source: ReadResult & { book: SourceFile }, options: CheckOptions = {}): LoadResult {
  return checkRead(source, { ...options, parse: options.parse ?? parse });
}
