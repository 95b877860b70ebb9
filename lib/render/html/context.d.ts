import type { Book, BookKind } from '../../model/book.ts';
import type { Lang } from '../../i18n/lang.ts';
import { type Labels } from '../../i18n/labels.ts';
import { AssetCollector } from './assets.ts';
import { type HtmlLabels } from './labels.ts';
/** Ids the template uses for its own parts: they contain `_`, which no slug has, so content cannot take them. */
export declare const TEMPLATE_IDS: {
    readonly main: "mp_main";
    readonly nav: "mp_nav";
    readonly filter: "mp_filter";
    readonly search: "mp_search";
    readonly dimension: "mp_dimension";
    readonly opd: "mp_opd";
    readonly quickWin: "mp_quick_win";
    readonly count: "mp_count";
    readonly noMatch: "mp_no_match";
    readonly cover: "mp_cover";
};
/** Everything one render needs; created per call, so nothing is shared between renders. */
export interface RenderContext {
    book: Book;
    lang: Lang;
    l: Labels;
    hl: HtmlLabels;
    assets: AssetCollector;
    /** Absolute path of each initiative's Markdown file → its anchor, so `[x](tossa.md)` links work. */
    fileAnchors: Map<string, string>;
    /** Buku Satu, or the executive summary on its own. */
    kind: BookKind;
}
/** A fresh context for one render of `book`. */
export declare function createContext(book: Book, kind?: BookKind): RenderContext;
