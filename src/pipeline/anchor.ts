import type { ChapterContent } from '../content/chapter.ts';
import type { Lang } from '../i18n/lang.ts';
import { labels } from '../i18n/labels.ts';
import { GENERATED_ANCHORS, IdRegistry, opdAnchorWanted } from '../model/anchors.ts';
import { ANNEX_KEYS, type Annex, type BookAnchors, type Chapter, type DimensionChapter, type Opd, type OpdGroup, type PlacedInitiative, type Section } from '../model/book.ts';
import { factRows } from '../model/facts.ts';
import { lazyField } from '../model/lazy-field.ts';
import { chapterLabel } from '../model/names.ts';
import type { Numbered, NumberedDimension } from './number.ts';

/** The parts of the book that get an anchor, numbered but not yet anchored. */
export interface Unanchored {
  dimensions: readonly NumberedDimension[];
  front: readonly ChapterContent[];
  back: readonly ChapterContent[];
  opds: readonly { opd: Opd; registered: boolean }[];
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

function dimensionChapter(d: NumberedDimension, anchor: string, ids: IdRegistry, byInitiative: Map<object, string>, finish: Unanchored['finish'], lang: Lang): DimensionChapter {
  // The facts block is laid out when first read: `check` never reads it.
  const placed = (i: Numbered): PlacedInitiative => lazyField({ ...i, anchor: byInitiative.get(i)! }, 'facts', () => factRows(i, lang));
  const sections = d.sections.map((s): Section => ({ ...s, anchor: ids.claim(`section:${s.id}`, s.id), initiatives: s.initiatives.map(placed) }));
  const base = { id: d.dimension.id, anchor, number: d.number, label: chapterLabel(d.number, lang), title: d.dimension.name[lang], dimension: d.dimension };
  const intro = d.intro ? { intro: { ...finish(d.intro), anchor: `${anchor}-intro` } } : {};
  return { ...base, ...intro, sections, initiatives: sections.flatMap((s) => s.initiatives) };
}

function annexes(ids: IdRegistry, lang: Lang): Annex[] {
  const l = labels(lang);
  const titles = { initiatives: l.initiativeList, quickWins: l.quickWinList, matrix: l.opdMatrix, perOpd: l.initiativesPerOpd, roadmap: l.roadmap, indicators: l.indicators };
  return ANNEX_KEYS.map((key, n) => ({ key, number: n + 1, title: titles[key], anchor: ids.claim(`generated:${key}`, GENERATED_ANCHORS[key]) }));
}

/**
 * Give every part its anchor, in priority order: initiatives keep their own ids whatever
 * else is named alike, then chapters, sections, the generated parts and the OPD rows.
 */
export function anchorParts(parts: Unanchored, lang: Lang): Anchored {
  const ids = new IdRegistry();
  const all = parts.dimensions.flatMap((c) => c.sections.flatMap((s) => s.initiatives));
  const byInitiative = new Map<object, string>(all.map((i) => [i, ids.claim(`initiative:${i.file}`, i.id)]));
  const chapterAnchors = parts.dimensions.map((d) => ids.claim(`chapter:${d.dimension.id}`, d.dimension.id));
  const chapters = parts.dimensions.map((d, n) => dimensionChapter(d, chapterAnchors[n]!, ids, byInitiative, parts.finish, lang));
  const plain = (c: ChapterContent): Chapter => ({ ...parts.finish(c), anchor: ids.claim(`chapter:${c.id}`, c.id) });
  const front = parts.front.map(plain);
  const back = parts.back.map(plain);
  const generated = (key: 'annexes' | 'approval' | 'abbreviations' | 'summary') => ids.claim(`generated:${key}`, GENERATED_ANCHORS[key]);
  const fixed = { annexes: generated('annexes'), approval: generated('approval'), abbreviations: generated('abbreviations'), summary: generated('summary') };
  const annexList = annexes(ids, lang);
  const initiatives: PlacedInitiative[] = chapters.flatMap((c) => c.initiatives);
  const groups = parts.opds.map(({ opd, registered }): OpdGroup => ({ opd, registered, anchor: ids.claim(`opd:${opd.id}`, opdAnchorWanted(opd.id)), initiatives: initiatives.filter((i) => i.opd.id === opd.id) }));
  return { chapters, front, back, groups, annexes: annexList, anchors: { ...fixed, all: ids.all } };
}
