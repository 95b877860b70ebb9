import type { Book } from '../model/book.ts';
import type { Lang } from '../i18n/lang.ts';
import { labels } from '../i18n/labels.ts';
import { NO_ELEMENT, type Count, type Stats } from './compute.ts';

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

const ZERO: Count = { initiatives: 0, quickWins: 0 };

/** Name an OPD the way coordinators say it: the short name, else the full one. */
function opdName(opd: { name: string; short?: string }): string {
  return opd.short ?? opd.name;
}

function dimensionRows(stats: Stats, book: Book, lang: Lang): StatsRow[] {
  return book.chapters.flatMap((chapter) => {
    const d = chapter.dimension;
    const elements = stats.byElement[d.id] ?? {};
    const rows: StatsRow[] = [{ kind: 'dimension', id: d.id, name: d.name[lang], count: stats.byDimension[d.id] ?? ZERO, colour: d.colour }];
    for (const e of d.elements) rows.push({ kind: 'element', id: `${d.id}/${e.id}`, name: e.name[lang], count: elements[e.id] ?? ZERO });
    const rest = elements[NO_ELEMENT];
    if (rest) rows.push({ kind: 'element', id: `${d.id}/${NO_ELEMENT}`, name: labels(lang).otherElement, count: rest });
    return rows;
  });
}

/** Attach names to the counts for people to read. */
export function statsView(stats: Stats, book: Book, lang: Lang): StatsView {
  const opds = book.opds.map(({ opd }, order) => ({ order, row: { kind: 'opd' as const, id: opd.id, name: opdName(opd), count: stats.byOpd[opd.id] ?? ZERO } }));
  opds.sort((a, b) => b.row.count.initiatives - a.row.count.initiatives || a.order - b.order);
  const nameOf = (id: string) => {
    const found = book.opds.find((o) => o.opd.id === id);
    return found ? opdName(found.opd) : id;
  };
  return {
    lang,
    title: book.settings.title,
    total: { initiatives: stats.initiatives, quickWins: stats.quickWins },
    dimensions: dimensionRows(stats, book, lang),
    opds: opds.map((o) => o.row),
    opdsWithoutInitiatives: stats.opdsWithoutInitiatives.map(nameOf),
    dimensionsWithoutQuickWin: stats.dimensionsWithoutQuickWin.map((id) => book.chapters.find((c) => c.dimension.id === id)?.dimension.name[lang] ?? id),
  };
}
