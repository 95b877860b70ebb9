import type { ChapterContent } from '../content/chapter.ts';
import type { Dimension } from '../domain/dimensions.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Initiative, PlacedInitiative, Section } from '../model/book.ts';
/** An initiative numbered in its chapter, before the book gives it an anchor. */
export type Numbered = Omit<PlacedInitiative, 'anchor'>;
/** A section of numbered initiatives. */
export type NumberedSection = Omit<Section, 'anchor' | 'initiatives'> & {
    initiatives: Numbered[];
};
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
export declare function chapterNumbers(front: readonly ChapterContent[], dimensions: number, back: readonly ChapterContent[]): ChapterNumbers;
/** The sections of a dimension chapter: one per element that has initiatives, then "Lainnya"; initiatives by title. */
export declare function numberSections(dimension: Dimension, chapter: number, initiatives: Initiative[], lang: Lang): NumberedSection[];
