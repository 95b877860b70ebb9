import type { BookFile } from '../config/schema.ts';
import type { Chapter } from '../content/chapter.ts';
import type { Initiative } from '../content/initiative.ts';
import type { Dimension, Labelled } from '../domain/dimensions.ts';
import type { OpdEntry } from '../config/schema.ts';
import type { Lang } from '../i18n/lang.ts';

/** An initiative with its place in the book. */
export interface PlacedInitiative extends Initiative {
  /** Heading number, e.g. "4.2.3". */
  number: string;
  /** Chapter number (1-based), for "BAB IV". */
  chapter: number;
}

/** The initiatives of one element inside a dimension chapter (a numbered section). */
export interface Section {
  /** Anchor id. */
  id: string;
  number: string;
  /** Undefined for initiatives without an element ("Lainnya"). */
  element?: Labelled;
  initiatives: PlacedInitiative[];
}

/** One chapter per dimension, in the fixed order. */
export interface DimensionChapter {
  /** Anchor id: the dimension id. */
  id: string;
  number: number;
  dimension: Dimension;
  intro?: Chapter;
  sections: Section[];
  initiatives: PlacedInitiative[];
}

/** The whole book, assembled and numbered: what both renderers draw. */
export interface Book {
  settings: BookFile;
  lang: Lang;
  /** Absolute path of the content folder; images and the logo resolve against it. */
  contentDir: string;
  draft: boolean;
  front: Chapter[];
  chapters: DimensionChapter[];
  back: Chapter[];
  initiatives: PlacedInitiative[];
  quickWins: PlacedInitiative[];
  /** Registry OPDs (or, with an open registry, every OPD named) with the initiatives they lead. */
  opds: { opd: Pick<OpdEntry, 'id' | 'name' | 'short'>; initiatives: PlacedInitiative[] }[];
}
