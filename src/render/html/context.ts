import { ArticleStore } from './page/article-store.ts';
import type { CacheFolder } from '../../cache/sealed-file.ts';
import type { Book, BookKind } from '../../model/book.ts';
import type { Lang } from '../../i18n/lang.ts';
import { labels, type Labels } from '../../i18n/labels.ts';
import { AssetCollector, type AssetMode } from './assets.ts';
import { htmlLabels, type HtmlLabels } from './labels.ts';
import { createSlot, type Slot } from './stream.ts';

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
} as const;

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
  /** Where a shell's streamed pieces go (see stream.ts). */
  slot: Slot;
  /** Initiatives' HTML kept between builds (`build` with a cache). */
  store?: ArticleStore;
}

/** A fresh context for one render of `book`. */
export function createContext(book: Book, kind: BookKind = 'satu', assets: AssetMode = 'inline', cache?: CacheFolder): RenderContext {
  return {
    ...(cache ? { store: ArticleStore.open(cache, book.contentDir, kind, book.settings) } : {}),
    book,
    lang: book.lang,
    l: labels(book.lang),
    hl: htmlLabels(book.lang),
    assets: new AssetCollector(book.contentDir, assets),
    fileAnchors: new Map(book.initiatives.map((i) => [i.path, i.anchor])),
    kind,
    slot: createSlot(),
  };
}
