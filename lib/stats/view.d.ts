import type { Book } from '../model/book.ts';
import type { Lang } from '../i18n/lang.ts';
import { type Count } from './compute.ts';
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
/** Name the book's counts for people to read: what the table, Markdown and CSV formats print. */
export declare function statsView(book: Book, lang: Lang): StatsView;
