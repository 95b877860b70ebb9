import type { Book } from '../../model/book.ts';
import type { Lang } from '../../i18n/lang.ts';
import { labels, type Labels } from '../../i18n/labels.ts';
import { AssetCollector } from './assets.ts';
import { IdRegistry } from './ids.ts';
import { htmlLabels, type HtmlLabels } from './labels.ts';

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
  ids: IdRegistry;
  assets: AssetCollector;
  /** Absolute path of each initiative's Markdown file → its anchor, so `[x](tossa.md)` links work. */
  fileAnchors: Map<string, string>;
}

/** Annex anchors, claimed after initiatives and chapters. */
export const ANNEX_KEYS = {
  all: ['annex:all', 'lampiran'],
  quickWins: ['annex:quick-wins', 'lampiran-quick-win'],
  matrix: ['annex:matrix', 'lampiran-matriks-opd-dimensi'],
  perOpd: ['annex:per-opd', 'lampiran-inisiatif-per-opd'],
  approval: ['approval', 'lembar-pengesahan'],
} as const;

/** An id-safe form of a name (with an open registry, OPD ids are whatever authors wrote). */
function slug(value: string): string {
  return value.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'opd';
}

/** Claim every anchor in priority order: initiatives keep their own ids whatever else is named alike. */
function claimIds(book: Book): IdRegistry {
  const ids = new IdRegistry();
  for (const i of book.initiatives) ids.claim(`initiative:${i.id}`, i.id);
  for (const c of book.chapters) ids.claim(`chapter:${c.id}`, c.id);
  for (const s of book.chapters.flatMap((c) => c.sections)) ids.claim(`section:${s.id}`, s.id);
  for (const c of [...book.front, ...book.back]) ids.claim(`chapter:${c.id}`, c.id);
  for (const [key, wanted] of Object.values(ANNEX_KEYS)) ids.claim(key, wanted);
  for (const { opd } of book.opds) ids.claim(`opd:${opd.id}`, `opd-${slug(opd.id)}`);
  return ids;
}

/** A fresh context for one render of `book`. */
export function createContext(book: Book): RenderContext {
  const ids = claimIds(book);
  const fileAnchors = new Map(book.initiatives.map((i) => [i.path, ids.get(`initiative:${i.id}`, i.id)]));
  return {
    book,
    lang: book.lang,
    l: labels(book.lang),
    hl: htmlLabels(book.lang),
    ids,
    assets: new AssetCollector(book.contentDir),
    fileAnchors,
  };
}

/** The anchor of an OPD's row in the initiatives-per-OPD annex. */
export function opdAnchor(ctx: RenderContext, id: string): string {
  return ctx.ids.get(`opd:${id}`, `opd-${slug(id)}`);
}

/** The anchor of an initiative. */
export function initiativeAnchor(ctx: RenderContext, id: string): string {
  return ctx.ids.get(`initiative:${id}`, id);
}
