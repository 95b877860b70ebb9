import type { Book, DimensionChapter, PlacedInitiative, Section } from '../model/book.ts';
import type { BookConfig } from '../config/load.ts';
import type { Initiative } from '../content/initiative.ts';
import type { InitiativeRef } from '../content/resolve-initiative.ts';
import type { Dimension } from '../domain/dimensions.ts';
import type { Lang } from '../i18n/lang.ts';
import { duplicateId } from '../rules/duplicate-id.ts';
import { checkDuplicateTitles } from '../rules/duplicate-title.ts';
import { checkLinks } from '../rules/link-unresolved.ts';
import { noQuickWin } from '../rules/no-quick-win.ts';
import type { Reporter } from '../rules/rule.ts';
import type { ValidatedContent } from './validate.ts';

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

function byTitle(a: Initiative, b: Initiative): number {
  return collator.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Report every id used by more than one initiative, on each file, naming the others. */
export function reportDuplicateIds(initiatives: readonly InitiativeRef[], reporter: Reporter): Set<string> {
  const byId = new Map<string, InitiativeRef[]>();
  for (const i of initiatives) byId.set(i.id, [...(byId.get(i.id) ?? []), i]);
  const duplicated = new Set<string>();
  for (const [id, group] of byId) {
    if (group.length < 2) continue;
    duplicated.add(id);
    for (const initiative of group) {
      const others = group.filter((o) => o !== initiative);
      const other = others.map((o) => `${o.file}:${o.idPosition.line}`).join(', ');
      reporter.report(duplicateId, initiative.file, initiative.idPosition, { id, other }, undefined, others.map((o) => o.file));
    }
  }
  return duplicated;
}

function buildSections(dimension: Dimension, chapter: number, initiatives: Initiative[]): Section[] {
  const groups = dimension.elements.map((element) => ({ element, items: initiatives.filter((i) => i.element?.id === element.id) }));
  const other = initiatives.filter((i) => !i.element || !dimension.elements.some((e) => e.id === i.element?.id));
  const sections: Section[] = [];
  for (const { element, items } of [...groups, { element: undefined, items: other }]) {
    if (items.length === 0) continue;
    const number = `${chapter}.${sections.length + 1}`;
    const placed = items.sort(byTitle).map((i, k): PlacedInitiative => ({ ...i, number: `${number}.${k + 1}`, chapter }));
    sections.push({ id: `${dimension.id}--${element?.id ?? 'lainnya'}`, number, ...(element ? { element } : {}), initiatives: placed });
  }
  return sections;
}

function buildOpds(config: BookConfig, initiatives: PlacedInitiative[]): Book['opds'] {
  if (!config.registry.open) {
    return config.settings.opd.map((opd) => ({ opd, initiatives: initiatives.filter((i) => i.opd.id === opd.id) }));
  }
  const seen = new Map<string, Book['opds'][number]>();
  for (const i of initiatives) {
    const entry = seen.get(i.opd.id) ?? { opd: i.opd, initiatives: [] };
    entry.initiatives.push(i);
    seen.set(i.opd.id, entry);
  }
  return [...seen.values()].sort((a, b) => collator.compare(a.opd.name, b.opd.name));
}

/** Every id a `#…` link may target: initiatives (valid or not), chapters, sections. */
function anchorsOf(content: ValidatedContent, chapters: DimensionChapter[]): Set<string> {
  const anchors = new Set<string>(content.refs.map((r) => r.id));
  for (const chapter of [...content.front, ...content.back]) anchors.add(chapter.id);
  for (const chapter of chapters) {
    anchors.add(chapter.id);
    for (const section of chapter.sections) anchors.add(section.id);
  }
  return anchors;
}

function reportMissingQuickWins(chapters: DimensionChapter[], content: ValidatedContent, config: BookConfig, reporter: Reporter): void {
  // Only meaningful once every initiative file is valid: an invalid quick win would be miscounted.
  if (content.refs.length !== content.initiatives.length) return;
  for (const chapter of chapters) {
    if (chapter.initiatives.some((i) => i.quickWin)) continue;
    const intro = content.intros.get(chapter.dimension.id);
    reporter.report(noQuickWin, intro?.file ?? config.file, { line: 1, column: 1 }, { dimension: chapter.dimension.id });
  }
}

/** Options that override book.yml for one build. */
export interface AssembleOptions {
  lang: Lang;
  contentDir: string;
  draft?: boolean;
}

/**
 * The barrier: with every file validated, run the whole-book rules, then group the
 * initiatives by dimension and element and number them in book order.
 */
export function assemble(content: ValidatedContent, config: BookConfig, reporter: Reporter, options: AssembleOptions): Book {
  reportDuplicateIds(content.refs, reporter);
  checkDuplicateTitles(content.refs, reporter);
  const chapters: DimensionChapter[] = config.dimensions.map((dimension, index) => {
    const number = index + 1;
    const sections = buildSections(dimension, number, content.initiatives.filter((i) => i.dimension === dimension.id));
    const intro = content.intros.get(dimension.id);
    return { id: dimension.id, number, dimension, ...(intro ? { intro } : {}), sections, initiatives: sections.flatMap((s) => s.initiatives) };
  });
  const initiatives = chapters.flatMap((c) => c.initiatives);
  checkLinks(content.docs, anchorsOf(content, chapters), reporter);
  reportMissingQuickWins(chapters, content, config, reporter);
  return {
    settings: config.settings,
    lang: options.lang,
    contentDir: options.contentDir,
    draft: options.draft ?? config.settings.status === 'draft',
    front: content.front,
    chapters,
    back: content.back,
    initiatives,
    quickWins: initiatives.filter((i) => i.quickWin),
    opds: buildOpds(config, initiatives),
  };
}
