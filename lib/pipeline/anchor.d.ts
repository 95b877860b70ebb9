import type { ChapterContent } from '../content/chapter.ts';
import type { Lang } from '../i18n/lang.ts';
import { type Annex, type BookAnchors, type Chapter, type DimensionChapter, type Opd, type OpdGroup } from '../model/book.ts';
import type { NumberedDimension } from './number.ts';
/** The parts of the book that get an anchor, numbered but not yet anchored. */
export interface Unanchored {
    dimensions: readonly NumberedDimension[];
    front: readonly ChapterContent[];
    back: readonly ChapterContent[];
    opds: readonly {
        opd: Opd;
        registered: boolean;
    }[];
    /** How a plain chapter is finished (its number and signature block). */
    finish: (c: ChapterContent) => Omit<Chapter, 'anchor'>;
}
/** What anchoring gives back: the chapters, OPD groups, annexes and anchors, ready for the book. */
export interface Anchored {
    chapters: DimensionChapter[];
    front: Chapter[];
    back: Chapter[];
    groups: OpdGroup[];
    annexes: Annex[];
    anchors: BookAnchors;
}
/**
 * Give every part its anchor, in priority order: initiatives keep their own ids whatever
 * else is named alike, then chapters, sections, the generated parts and the OPD rows.
 */
export declare function anchorParts(parts: Unanchored, lang: Lang): Anchored;
