import { createHash, hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { SourceFile } from '../content/source.ts';
import type { Lang } from '../i18n/lang.ts';

/** Bumped when what an entry holds changes shape. */
export const CACHE_SCHEMA = 2;

/** What every file's outcome depends on besides the file: book.yml, the language, the rules. */
export interface CacheContextParts {
  book: SourceFile;
  /** The language asked for (`--lang`); without it the book's follows from book.yml, which is in the key. */
  lang?: Lang;
  ruleIds: readonly string[];
  /** masterplan's version: another version may check differently. */
  version: string;
}

/**
 * In a checkout, the stamp of the source lib/ was built from: the version alone does not
 * change while masterplan is being worked on. Absent in src/ and harmless when missing.
 */
export function buildStamp(): string {
  try {
    return readFileSync(new URL('../.source-stamp', import.meta.url), 'utf8');
  } catch {
    return '';
  }
}

/** One hash of everything outside a file that its outcome depends on: any change invalidates every entry. */
export function cacheContext(parts: CacheContextParts): string {
  const hash = createHash('sha256');
  for (const part of [String(CACHE_SCHEMA), parts.version, buildStamp(), parts.lang ?? 'book.yml', parts.ruleIds.join(','), parts.book.display, parts.book.path]) hash.update(part).update('\0');
  return hash.update(parts.book.bytes).digest('hex');
}

/**
 * The key of one file: its bytes and the names it is known by (diagnostics print them).
 * Two one-shot hashes: a thousand `createHash` chains cost five times as much, a good
 * part of a cached check.
 */
export function fileKey(source: SourceFile): string {
  return `${hash('sha1', source.bytes)}.${hash('sha1', `${source.display}\0${source.rel}\0${source.kind}`)}`;
}
