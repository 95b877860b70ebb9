import { UsageError } from '../errors.ts';
import type { CiEnv } from '../git/base-ref.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Book } from '../model/book.ts';
import { withChanges } from '../diff/annex.ts';
import { loadBaseBook } from './base-book.ts';
import { compareBooks } from '../diff/compare.ts';

/** The edition to compare with: a git ref, its name in the annex, and where it was asked for. */
export interface EditionRef {
  /** Undefined: the branch `check --changed` would compare with. */
  ref?: string;
  label?: string;
  /** `book.yml` when it comes from `previous_edition` (a failure then names that file). */
  from?: string;
}

const FROM_BOOK: Record<Lang, (file: string, message: string) => string> = {
  id: (file, message) => `${file}: previous_edition.ref: ${message} Perbaiki ref itu, atau hapus \`previous_edition\` bila lampiran perubahan tidak diperlukan.`,
  en: (file, message) => `${file}: previous_edition.ref: ${message} Fix that ref, or remove \`previous_edition\` when no change annex is wanted.`,
};

/**
 * The book with the change annex against an earlier edition (`build --changes-since`,
 * or book.yml's `previous_edition`): the edition is read from git, compared by
 * initiative id, and worded into the annex and the marks beside changed initiatives.
 */
export async function addEditionChanges(book: Book, edition: EditionRef, options: { cwd: string; env: CiEnv; onNote?: (note: string) => void }): Promise<Book> {
  const base = await loadBaseBook({ cwd: options.cwd, contentDir: book.contentDir, ...(edition.ref !== undefined ? { base: edition.ref } : {}), env: options.env, lang: book.lang }).catch((error: unknown) => {
    if (error instanceof UsageError && edition.from) throw new UsageError(FROM_BOOK[book.lang](edition.from, error.message));
    throw error;
  });
  for (const note of base.notes) options.onNote?.(note);
  const diff = compareBooks(base.book, book, { base: base.base, baseCommit: base.baseCommit });
  return withChanges(book, diff, edition.label ?? base.base);
}
