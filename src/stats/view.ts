import { escapeControls } from '../diagnostics/diagnostic.ts';
import type { Book } from '../model/book.ts';
import type { Lang } from '../i18n/lang.ts';
import { labels } from '../i18n/labels.ts';
import { opdShortName } from '../model/names.ts';
import { NO_ELEMENT, type Count } from './compute.ts';

/** One line of a stats table. */
export interface StatsRow {
  kind: 'dimension' | 'element' | 'opd';
  /** Dimension id, `dimension/element`, or OPD id. */
  id: string;
  name: string;
  count: Count;
  /** Dimension colour, for bars. */
  colour?: string;
}

/** The stats with the names a person reads: what the table, Markdown and CSV formats print. */
export interface StatsView {
  lang: Lang;
  title: string;
  total: Count;
  /** Each dimension followed by its elements. */
  dimensions: StatsRow[];
  /** Every OPD: most initiatives first, then in registry order; those without any last. */
  opds: StatsRow[];
  opdsWithoutInitiatives: string[];
  dimensionsWithoutQuickWin: string[];
}

function dimensionRows(book: Book, lang: Lang): StatsRow[] {
  return book.summary.dimensions.flatMap(({ dimension: d, count, elements }) => [
    { kind: 'dimension' as const, id: d.id, name: d.name[lang], count, colour: d.colour },
    ...elements.map((e) => ({
      kind: 'element' as const,
      id: `${d.id}/${e.element?.id ?? NO_ELEMENT}`,
      name: e.element ? e.element.name[lang] : labels(lang).otherElement,
      count: e.count,
    })),
  ]);
}

/** Name the book's counts for people to read: what the table, Markdown and CSV formats print. */
export function statsView(book: Book, lang: Lang): StatsView {
  const { summary } = book;
  const counts = new Map(summary.opds.map((o) => [o.group, o.count]));
  const opds = book.opds.map((group, order) => ({ order, row: { kind: 'opd' as const, id: group.opd.id, name: escapeControls(opdShortName(group.opd)), count: counts.get(group) ?? { initiatives: 0, quickWins: 0 } } }));
  opds.sort((a, b) => b.row.count.initiatives - a.row.count.initiatives || a.order - b.order);
  return {
    lang,
    // Names from book.yml reach the terminal: their control characters are escaped.
    title: escapeControls(book.settings.title),
    total: { initiatives: summary.total.initiatives, quickWins: summary.total.quickWins },
    dimensions: dimensionRows(book, lang),
    opds: opds.map((o) => o.row),
    opdsWithoutInitiatives: summary.opdsWithoutInitiatives.map((g) => escapeControls(opdShortName(g.opd))),
    dimensionsWithoutQuickWin: summary.dimensionsWithoutQuickWin.map((d) => d.name[lang]),
  };
}
