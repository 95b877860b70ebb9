import { labels } from "../../i18n/labels.js";
import { AssetCollector } from "./assets.js";
import { htmlLabels } from "./labels.js";
/** Ids the template uses for its own parts: they contain `_`, which no slug has, so content cannot take them. */
export const TEMPLATE_IDS = {
    main: 'mp_main',
    nav: 'mp_nav',
    filter: 'mp_filter',
    search: 'mp_search',
    dimension: 'mp_dimension',
    opd: 'mp_opd',
    quickWin: 'mp_quick_win',
    count: 'mp_count',
    noMatch: 'mp_no_match',
    cover: 'mp_cover',
};
/** A fresh context for one render of `book`. */
export function createContext(book, kind = 'satu') {
    return {
        book,
        lang: book.lang,
        l: labels(book.lang),
        hl: htmlLabels(book.lang),
        assets: new AssetCollector(book.contentDir),
        fileAnchors: new Map(book.initiatives.map((i) => [i.path, i.anchor])),
        kind,
    };
}
