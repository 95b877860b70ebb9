import type { BookConfig } from '../config/book-config.ts';
import type { ChapterContent } from '../content/chapter.ts';
import type { Dimension } from '../domain/dimensions.ts';
import type { Lang } from '../i18n/lang.ts';
import { labels } from '../i18n/labels.ts';
import { GENERATED_ANCHORS, IdRegistry, opdAnchorWanted } from '../model/anchors.ts';
import type { Book, Chapter, DimensionChapter, Initiative, Opd, OpdGroup, PlacedInitiative, Section } from '../model/book.ts';
import { factRows } from '../model/facts.ts';
import type { ImageLookup, ImageRef } from '../model/images.ts';
import { chapterLabel } from '../model/names.ts';
import { summarise } from '../model/summary.ts';
import type { ValidatedContent } from './validate.ts';

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

function byTitle(a: Initiative, b: Initiative): number {
  return collator.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Options that override book.yml for one build, and what the check resolved. */
export interface AssembleOptions {
  lang: Lang;
  contentDir: string;
  draft?: boolean;
  images: ImageLookup;
  logo?: ImageRef;
}

/** An initiative numbered in its chapter, before the book gives it an anchor. */
type Numbered = Omit<PlacedInitiative, 'anchor'>;
/** A section of numbered initiatives. */
type NumberedSection = Omit<Section, 'anchor' | 'initiatives'> & { initiatives: Numbered[] };
/** A dimension chapter before anchors. */
interface NumberedChapter {
  dimension: Dimension;
  number: number;
  sections: NumberedSection[];
  intro?: ChapterContent;
}

function buildSections(dimension: Dimension, chapter: number, initiatives: Initiative[], lang: Lang): NumberedSection[] {
  const groups = dimension.elements.map((element) => ({ element, items: initiatives.filter((i) => i.element?.id === element.id) }));
  const other = initiatives.filter((i) => !i.element || !dimension.elements.some((e) => e.id === i.element?.id));
  const sections: NumberedSection[] = [];
  for (const { element, items } of [...groups, { element: undefined, items: other }]) {
    if (items.length === 0) continue;
    const number = `${chapter}.${sections.length + 1}`;
    const placed = items.sort(byTitle).map((i, k) => ({ ...i, number: `${number}.${k + 1}`, chapter, facts: factRows(i, lang) }));
    const title = element ? element.name[lang] : labels(lang).otherElement;
    sections.push({ id: `${dimension.id}--${element?.id ?? 'lainnya'}`, number, title, ...(element ? { element } : {}), initiatives: placed });
  }
  return sections;
}

/** Registry OPDs in registry order, then agencies outside it that lead an initiative, by name. */
function opdList(config: BookConfig, initiatives: readonly Initiative[]): { opd: Opd; registered: boolean }[] {
  const registered = config.registry.open ? [] : config.settings.opd.map((e) => ({ opd: config.registry.resolve(e.id)!, registered: true }));
  const known = new Set(registered.map((r) => r.opd.id));
  const others = new Map<string, Opd>();
  for (const i of initiatives) if (!known.has(i.opd.id) && !others.has(i.opd.id)) others.set(i.opd.id, i.opd);
  const rest = [...others.values()].sort((a, b) => collator.compare(a.name, b.name)).map((opd) => ({ opd, registered: false }));
  return [...registered, ...rest];
}

/**
 * Give every part its anchor, in priority order (initiatives keep their own ids whatever
 * else is named alike), and put the chapters together.
 */
function anchor(numbered: readonly NumberedChapter[], content: ValidatedContent, opds: ReturnType<typeof opdList>, lang: Lang) {
  const ids = new IdRegistry();
  const initiativeAnchor = new Map(numbered.flatMap((c) => c.sections.flatMap((s) => s.initiatives)).map((i) => [i, ids.claim(`initiative:${i.file}`, i.id)] as const));
  const chapterAnchor = numbered.map((c) => ids.claim(`chapter:${c.dimension.id}`, c.dimension.id));
  const chapters = numbered.map((c, n): DimensionChapter => {
    const sections = c.sections.map((s): Section => ({ ...s, anchor: ids.claim(`section:${s.id}`, s.id), initiatives: s.initiatives.map((i) => ({ ...i, anchor: initiativeAnchor.get(i)! })) }));
    const base = { id: c.dimension.id, anchor: chapterAnchor[n]!, number: c.number, label: chapterLabel(c.number, lang), title: c.dimension.name[lang], dimension: c.dimension };
    return { ...base, ...(c.intro ? { intro: { ...c.intro, anchor: `${base.anchor}-intro` } } : {}), sections, initiatives: sections.flatMap((s) => s.initiatives) };
  });
  const plain = (c: ChapterContent): Chapter => ({ ...c, anchor: ids.claim(`chapter:${c.id}`, c.id) });
  const front = content.front.map(plain);
  const back = content.back.map(plain);
  const generated = Object.fromEntries(Object.entries(GENERATED_ANCHORS).map(([key, wanted]) => [key, ids.claim(`generated:${key}`, wanted)])) as Record<keyof typeof GENERATED_ANCHORS, string>;
  const initiatives = chapters.flatMap((c) => c.initiatives);
  const groups = opds.map(({ opd, registered }): OpdGroup => ({ opd, registered, anchor: ids.claim(`opd:${opd.id}`, opdAnchorWanted(opd.id)), initiatives: initiatives.filter((i) => i.opd.id === opd.id) }));
  return { chapters, front, back, groups, initiatives, anchors: { ...generated, all: ids.all } };
}

/**
 * The barrier: with every file validated, group the initiatives by dimension and element,
 * number them in book order, give every part its anchor, and count everything once.
 */
export function assemble(content: ValidatedContent, config: BookConfig, options: AssembleOptions): Book {
  const numbered = config.dimensions.map((dimension, index): NumberedChapter => {
    const number = index + 1;
    const intro = content.intros.get(dimension.id);
    return { dimension, number, sections: buildSections(dimension, number, content.initiatives.filter((i) => i.dimension === dimension.id), options.lang), ...(intro ? { intro } : {}) };
  });
  const opds = opdList(config, content.initiatives);
  const { chapters, front, back, groups, initiatives, anchors } = anchor(numbered, content, opds, options.lang);
  return {
    settings: config.settings,
    lang: options.lang,
    contentDir: options.contentDir,
    draft: options.draft ?? config.settings.status === 'draft',
    front,
    chapters,
    back,
    initiatives,
    quickWins: initiatives.filter((i) => i.quickWin),
    opds: groups,
    anchors,
    summary: summarise(chapters, groups),
    images: options.images,
    ...(options.logo ? { logo: options.logo } : {}),
  };
}
