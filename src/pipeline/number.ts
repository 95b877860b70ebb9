import type { ChapterContent } from '../content/chapter.ts';
import type { Dimension } from '../domain/dimensions.ts';
import type { Lang } from '../i18n/lang.ts';
import { labels } from '../i18n/labels.ts';
import type { Initiative, PlacedInitiative, Section } from '../model/book.ts';

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

function byTitle(a: Initiative, b: Initiative): number {
  return collator.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** An initiative numbered in its chapter, before the book gives it an anchor (and its facts block, see anchor.ts). */
export type Numbered = Omit<PlacedInitiative, 'anchor' | 'facts'>;
/** A section of numbered initiatives. */
export type NumberedSection = Omit<Section, 'anchor' | 'initiatives'> & { initiatives: Numbered[] };
/** A dimension chapter, numbered, before anchors. */
export interface NumberedDimension {
  dimension: Dimension;
  number: number;
  sections: NumberedSection[];
  intro?: ChapterContent;
}

/** The BAB numbers of the book: numbered front chapters, then the six dimensions, then numbered back chapters. */
export interface ChapterNumbers {
  front: Map<ChapterContent, number>;
  firstDimension: number;
  back: Map<ChapterContent, number>;
}

/** Number the chapters of the book in reading order; preliminaries and unnumbered back chapters get none. */
export function chapterNumbers(front: readonly ChapterContent[], dimensions: number, back: readonly ChapterContent[]): ChapterNumbers {
  let next = 1;
  const number = (chapters: readonly ChapterContent[]) => new Map(chapters.filter((c) => c.bab).map((c) => [c, next++] as const));
  const frontNumbers = number(front);
  const firstDimension = next;
  next += dimensions;
  return { front: frontNumbers, firstDimension, back: number(back) };
}

/** The sections of a dimension chapter: one per element that has initiatives, then "Lainnya"; initiatives by title. */
export function numberSections(dimension: Dimension, chapter: number, initiatives: Initiative[], lang: Lang): NumberedSection[] {
  const groups = dimension.elements.map((element) => ({ element, items: initiatives.filter((i) => i.element?.id === element.id) }));
  const other = initiatives.filter((i) => !i.element || !dimension.elements.some((e) => e.id === i.element?.id));
  const sections: NumberedSection[] = [];
  for (const { element, items } of [...groups, { element: undefined, items: other }]) {
    if (items.length === 0) continue;
    const number = `${chapter}.${sections.length + 1}`;
    const placed = items.sort(byTitle).map((i, k) => ({ ...i, number: `${number}.${k + 1}`, chapter }));
    const title = element ? element.name[lang] : labels(lang).otherElement;
    sections.push({ id: `${dimension.id}--${element?.id ?? 'lainnya'}`, number, title, ...(element ? { element } : {}), initiatives: placed });
  }
  return sections;
}
