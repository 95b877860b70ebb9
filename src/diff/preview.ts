import type { Book, DimensionChapter } from '../model/book.ts';

/**
 * The book cut down to what a pull request changes (`build --changed`): the dimension
 * chapters that hold a new or changed initiative, with only those initiatives, keeping
 * every number of the full book; the change annex lists the removed ones too.
 * Front and back chapters, the approval sheet and the other annexes are left out.
 */
export function previewBook(book: Book): Book {
  const marks = book.changes?.marks ?? new Map();
  const keep = <T extends { id: string }>(list: readonly T[]) => list.filter((i) => marks.has(i.id));
  const chapters: DimensionChapter[] = book.chapters
    .filter((c) => c.initiatives.some((i) => marks.has(i.id)))
    .map(({ intro: _intro, ...c }) => ({ ...c, initiatives: keep(c.initiatives), sections: c.sections.map((s) => ({ ...s, initiatives: keep(s.initiatives) })).filter((s) => s.initiatives.length > 0) }));
  const { approval: _approval, ...rest } = book;
  return { ...rest, front: [], back: [], chapters, initiatives: keep(book.initiatives), quickWins: keep(book.quickWins), annexes: book.annexes.filter((a) => a.key === 'changes') };
}
