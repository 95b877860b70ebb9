import type { Book } from '../../../model/book.ts';
import type { Labels } from '../../../i18n/labels.ts';

/**
 * What a link into the book adds on paper, by destination: " (lihat 2.1.3, hlm. " before
 * the page number, for initiatives, sections and numbered chapters ("Bab IV").
 */
export function crossReferences(book: Book, labels: Labels): (dest: string) => string | undefined {
  const numbers = new Map<string, string>();
  const chapterLabel = (label: string) => label.replace(/^BAB\b/, 'Bab').replace(/^CHAPTER\b/, 'Chapter');
  for (const c of [...book.front, ...book.back]) if (c.label) numbers.set(c.anchor, chapterLabel(c.label));
  for (const chapter of book.chapters) {
    numbers.set(chapter.anchor, chapterLabel(chapter.label));
    for (const section of chapter.sections) numbers.set(section.anchor, section.number);
  }
  for (const i of book.initiatives) numbers.set(i.anchor, i.number);
  return (dest) => {
    const n = numbers.get(dest);
    return n === undefined ? undefined : labels.seeAlso(n);
  };
}
