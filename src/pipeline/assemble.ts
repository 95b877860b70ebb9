import type { BookConfig } from '../config/book-config.ts';
import type { ChapterContent } from '../content/chapter.ts';
import { formatPlaceDate } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { abbreviations } from '../model/abbreviations.ts';
import { approvalSheet } from '../model/approval.ts';
import type { Book, Chapter, Initiative, Opd } from '../model/book.ts';
import type { ImageLookup, ImageRef } from '../model/images.ts';
import { lazyField } from '../model/lazy-field.ts';
import { chapterLabel } from '../model/names.ts';
import { roadmap } from '../model/roadmap.ts';
import { summaryCharts } from '../model/charts.ts';
import { summarise } from '../model/summary.ts';
import { anchorParts } from './anchor.ts';
import { chapterNumbers, numberSections, type NumberedDimension } from './number.ts';
import type { ValidatedContent } from './validate.ts';

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

/** Options that override book.yml for one build, and what the check resolved. */
export interface AssembleOptions {
  lang: Lang;
  contentDir: string;
  draft?: boolean;
  images: ImageLookup;
  logo?: ImageRef;
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

/** The book's own colour: the governance colour (cover, front matter, charts of the whole book). */
function accentOf(chapters: readonly { dimension: { id: string; colour: string } }[]): string {
  return chapters.find((c) => c.dimension.id === 'smart-governance')?.dimension.colour ?? '#1F4E79';
}

/** A plain chapter finished: its BAB number and label, and its signature block with book.yml's place and date as defaults. */
function finisher(numbers: ReadonlyMap<ChapterContent, number>, config: BookConfig, lang: Lang): (c: ChapterContent) => Omit<Chapter, 'anchor'> {
  return (content) => {
    const { bab: _bab, signature, ...chapter } = content;
    const number = numbers.get(content);
    const numbered = number === undefined ? {} : { number, label: chapterLabel(number, lang) };
    if (!signature) return { ...chapter, ...numbered };
    const placeDate = formatPlaceDate(signature.place ?? config.settings.place, signature.date ?? config.settings.date, lang);
    return { ...chapter, ...numbered, signature: { placeDate, role: signature.role, name: signature.name, ...(signature.nip ? { nip: signature.nip } : {}) } };
  };
}

/**
 * The barrier: with every file validated, group the initiatives by dimension and element,
 * number the chapters (BAB I … through front, dimension and back chapters) and the
 * initiatives, give every part its anchor, and count everything once.
 */
export function assemble(content: ValidatedContent, config: BookConfig, options: AssembleOptions): Book {
  const { lang } = options;
  const numbers = chapterNumbers(content.front, config.dimensions.length, content.back);
  const dimensions = config.dimensions.map((dimension, index): NumberedDimension => {
    const number = numbers.firstDimension + index;
    const intro = content.intros.get(dimension.id);
    return { dimension, number, sections: numberSections(dimension, number, content.initiatives.filter((i) => i.dimension === dimension.id), lang), ...(intro ? { intro } : {}) };
  });
  const opds = opdList(config, content.initiatives);
  const finish = finisher(new Map([...numbers.front, ...numbers.back]), config, lang);
  const { chapters, front, back, groups, annexes, anchors } = anchorParts({ dimensions, front: content.front, back: content.back, opds, finish }, lang);
  const initiatives = chapters.flatMap((c) => c.initiatives);
  const approval = approvalSheet(config.settings, lang);
  const book: Omit<Book, 'charts' | 'summary' | 'roadmap'> = {
    settings: config.settings,
    lang,
    contentDir: options.contentDir,
    draft: options.draft ?? config.settings.status === 'draft',
    front,
    chapters,
    back,
    initiatives,
    quickWins: initiatives.filter((i) => i.quickWin),
    opds: groups,
    anchors,
    ...(approval ? { approval } : {}),
    abbreviations: abbreviations(groups, initiatives, lang),
    annexes,
    images: options.images,
    ...(options.logo ? { logo: options.logo } : {}),
  };
  // Counted and drawn when first read: `check` never reads them.
  const counted = lazyField(lazyField(book, 'roadmap', () => roadmap(chapters, config.settings.period)), 'summary', () => summarise(chapters, groups, config.settings.period));
  return lazyField(counted, 'charts', () => summaryCharts(counted.summary, new Map(chapters.map((c) => [c.dimension.id, c.title])), accentOf(chapters), lang));
}
