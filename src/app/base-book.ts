import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { checkSources } from './check-sources.ts';
import { UsageError } from '../errors.ts';
import type { CiEnv } from '../git/base-ref.ts';
import { findBase } from '../git/changed-since.ts';
import { CHANGED_MESSAGES } from '../git/messages.ts';
import { readAtCommit } from '../git/read-tree.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Book } from '../model/book.ts';
import { DIFF_WORDS } from '../diff/words.ts';

/** The book at the base, and what the user should know about how it was found. */
export interface BaseBook {
  /** The ref as found (`origin/main`, `edisi-1`). */
  base: string;
  baseCommit: string;
  /** Undefined when the content folder had no book.yml at that commit. */
  book?: Book;
  notes: string[];
}

/** Where to look and what to compare with. */
export interface BaseBookOptions {
  cwd: string;
  /** Absolute content folder. */
  contentDir: string;
  /** `--base`, `--changes-since` or book.yml's `previous_edition.ref`. */
  base?: string;
  env: CiEnv;
  lang: Lang;
  /** Deepening steps for shallow clones (tests shorten them). */
  deepen?: readonly number[];
}

/**
 * Load the book as it was at the base: the merge base of HEAD with `--base` (a tag, a
 * branch, a commit) or, without one, with the branch `check --changed` would choose.
 * Anything that keeps git from answering is a usage error (exit 2) that says what to
 * do: comparing with nothing would report the whole book as new.
 */
export async function loadBaseBook(options: BaseBookOptions): Promise<BaseBook> {
  const words = DIFF_WORDS[options.lang];
  const text = CHANGED_MESSAGES[options.lang];
  const found = await findBase({ dir: options.contentDir, env: options.env, ...(options.base !== undefined ? { base: options.base } : {}), ...(options.deepen ? { deepen: options.deepen } : {}) });
  if (found.kind === 'bad-base') throw new UsageError(words.badBase(found.ref));
  if (found.kind === 'unknown') throw new UsageError(words.noBase(found, path.relative(options.cwd, options.contentDir) || '.'));
  const notes: string[] = [];
  if (found.fetched) notes.push(text.fetchedBase(found.base));
  if (found.deepened) notes.push(text.deepened);
  const real = await realpath(options.contentDir).catch(() => options.contentDir);
  const source = await readAtCommit(found.repo, found.mergeBase, { contentDir: options.contentDir, real, cwd: options.cwd });
  if (!source) throw new UsageError(words.unreadable(found.base));
  const base = { base: found.base, baseCommit: found.mergeBase, notes };
  if (!source.book) return base;
  // The old state's own problems are not this run's: only its book is wanted.
  const { book } = checkSources({ ...source, book: source.book }, { lang: options.lang });
  return { ...base, book };
}
