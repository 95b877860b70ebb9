import { createHash } from 'node:crypto';
import { toString } from 'mdast-util-to-string';
import type { Book } from '../../../model/book.ts';
import { treeMemo } from './tree-memo.ts';

/** A tree's text, once per tree. */
const text = treeMemo((root) => toString(root));

/**
 * A fingerprint of the book's text, from which the embedded font subsets take their
 * tags: the same book always gets the same tags (reproducible bytes), another book or
 * edition other ones, so two PDFs merged never show two different subsets under one name.
 */
export function fontSeed(book: Book): string {
  const hash = createHash('sha256');
  const s = book.settings;
  hash.update(`${s.city}\n${s.title}\n${s.subtitle ?? ''}\n${book.lang}\n`);
  for (const chapter of [...book.front, ...book.back]) hash.update(`${chapter.title}\n${text(chapter.body)}\n`);
  for (const i of book.initiatives) hash.update(`${i.id}\n${i.title}\n${text(i.body)}\n`);
  return hash.digest('hex');
}
