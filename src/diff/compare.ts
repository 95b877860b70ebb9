import type { Nodes, Root } from 'mdast';
import type { Book, PlacedInitiative } from '../model/book.ts';
import { computeStats, type Stats } from '../stats/compute.ts';

/** A JSON value as the diff reports it. */
export type Value = string | number | boolean | null | Value[] | { [key: string]: Value };

/** An initiative as the lists of added and removed ones name it. */
export interface InitiativeEntry {
  id: string;
  title: string;
  dimension: string;
  file: string;
  /** Its heading number in the book it belongs to (not in JSON: the book prints it). */
  number?: string;
}

/** Where an initiative sits: its dimension and its file. */
export interface Place {
  dimension: string;
  file: string;
}

/** An initiative whose file was renamed or whose dimension changed. */
export interface MovedEntry {
  id: string;
  title: string;
  from: Place;
  to: Place;
}

/** One field's values before and after. */
export interface FieldChange {
  old: Value;
  new: Value;
}

/** An initiative with changed frontmatter fields or body text. */
export interface ChangedEntry {
  id: string;
  title: string;
  fields: Record<string, FieldChange>;
  /** Words of the body text added and removed (0 and 0 when the body is the same). */
  body: { added: number; removed: number };
}

/** The book's totals: the `stats --format json` shape, plus the budget. */
export type Totals = Stats & { budget: number };

/** Changes of book.yml: its plain fields, and the OPD registry by id. */
export interface BookChanges {
  fields: Record<string, FieldChange>;
  opd: { added: Value[]; removed: Value[]; changed: { id: string; fields: Record<string, FieldChange> }[] };
}

/** What changed between two states of the book, by initiative id: `diff --format json`. */
export interface BookDiff {
  base: string;
  baseCommit: string;
  added: InitiativeEntry[];
  removed: InitiativeEntry[];
  moved: MovedEntry[];
  changed: ChangedEntry[];
  book: BookChanges;
  totals: { before: Totals; after: Totals };
}

/** The frontmatter fields compared, with their values as the frontmatter would write them. */
const FIELDS: Record<string, (i: PlacedInitiative) => Value> = {
  title: (i) => i.title,
  dimension: (i) => i.dimension,
  element: (i) => i.element?.id ?? null,
  opd: (i) => i.opd.id,
  supporting_opd: (i) => i.supportingOpd.map((o) => o.id),
  quick_win: (i) => i.quickWin,
  horizon: (i) => i.horizon ?? null,
  start_year: (i) => i.startYear ?? null,
  end_year: (i) => i.endYear ?? null,
  status: (i) => i.status ?? null,
  budget: (i) => (i.budgetByYear ? Object.fromEntries(i.budgetByYear.map((b) => [String(b.year), b.amount])) : (i.budget ?? null)),
  funding: (i) => [...i.funding],
  partners: (i) => [...i.partners],
  kpi: (i) => i.kpi.map((k) => JSON.parse(JSON.stringify(k)) as Value),
};

/** The book.yml keys compared field by field (the registry is compared entry by entry). */
const BOOK_FIELDS = ['city', 'title', 'subtitle', 'period', 'place', 'date', 'edition', 'status', 'locale', 'paper', 'logo', 'approval', 'dimensions'] as const;

/** JSON with keys sorted, so two values compare by content. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** A settings value as plain JSON (dates as written, `undefined` as null). */
function plain(value: unknown): Value {
  return value === undefined ? null : (JSON.parse(canonical(value)) as Value);
}

function fieldChanges<T>(before: T, after: T, keys: readonly string[], get: (x: T, key: string) => Value): Record<string, FieldChange> {
  const out: Record<string, FieldChange> = {};
  for (const key of keys) {
    const old = get(before, key);
    const now = get(after, key);
    if (canonical(old) !== canonical(now)) out[key] = { old, new: now };
  }
  return out;
}

/** The words of a body's text, in order (code and text alike; markup left out). */
export function bodyWords(body: Root): string[] {
  const words: string[] = [];
  const walk = (node: Nodes): void => {
    if ('value' in node && typeof node.value === 'string' && node.type !== 'html' && node.type !== 'yaml') words.push(...node.value.split(/\s+/).filter(Boolean));
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(body);
  return words;
}

/**
 * Words added and removed between two texts: the common start and end are kept, and
 * in between each word counts once for each time it appears more often on one side.
 * Linear, and for the edits people make (a sentence added, a figure changed) exact.
 */
export function wordChanges(before: readonly string[], after: readonly string[]): { added: number; removed: number } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  const counts = new Map<string, number>();
  for (const w of before.slice(start, before.length - end)) counts.set(w, (counts.get(w) ?? 0) + 1);
  let added = 0;
  for (const w of after.slice(start, after.length - end)) {
    const left = counts.get(w) ?? 0;
    if (left > 0) counts.set(w, left - 1);
    else added++;
  }
  let removed = 0;
  for (const n of counts.values()) removed += n;
  return { added, removed };
}

function entry(i: PlacedInitiative): InitiativeEntry {
  return { id: i.id, title: i.title, dimension: i.dimension, file: i.file, number: i.number };
}

function totals(book: Book | undefined): Totals {
  if (!book) return { initiatives: 0, quickWins: 0, byDimension: {}, byOpd: {}, opdsWithoutInitiatives: [], dimensionsWithoutQuickWin: [], byElement: {}, budget: 0 };
  return { ...computeStats(book), budget: book.summary.total.budget };
}

type Settings = Book['settings'];
type OpdEntry = Settings['opd'][number];

function registryChanges(before: readonly OpdEntry[], after: readonly OpdEntry[]): BookChanges['opd'] {
  const old = new Map(before.map((o) => [o.id, o]));
  const now = new Map(after.map((o) => [o.id, o]));
  const keys = (o: OpdEntry) => Object.keys(o).filter((k) => k !== 'id');
  return {
    added: after.filter((o) => !old.has(o.id)).map(plain),
    removed: before.filter((o) => !now.has(o.id)).map(plain),
    changed: after.flatMap((o) => {
      const was = old.get(o.id);
      if (!was) return [];
      const fields = fieldChanges<OpdEntry>(was, o, [...new Set([...keys(was), ...keys(o)])].sort(), (x, k) => plain((x as Record<string, unknown>)[k]));
      return Object.keys(fields).length > 0 ? [{ id: o.id, fields }] : [];
    }),
  };
}

function bookChanges(before: Settings | undefined, after: Settings): BookChanges {
  const get = (s: Settings | undefined, key: string) => plain(s ? (s as Record<string, unknown>)[key] : undefined);
  return { fields: fieldChanges(before, after, BOOK_FIELDS, get), opd: registryChanges(before?.opd ?? [], after.opd) };
}

/** Which commit the old state comes from, as the user named it and as git resolved it. */
export interface BaseInfo {
  base: string;
  baseCommit: string;
}

/**
 * Compare two states of the book by initiative id. `before` is undefined when the
 * base had no book yet (every initiative is then added). Lists follow the book's
 * order: added, moved and changed as the new book prints them, removed as the old did.
 */
export function compareBooks(before: Book | undefined, after: Book, base: BaseInfo): BookDiff {
  const old = new Map((before?.initiatives ?? []).map((i) => [i.id, i]));
  const now = new Set(after.initiatives.map((i) => i.id));
  const diff: BookDiff = { ...base, added: [], removed: [], moved: [], changed: [], book: bookChanges(before?.settings, after.settings), totals: { before: totals(before), after: totals(after) } };
  for (const i of after.initiatives) {
    const was = old.get(i.id);
    if (!was) {
      diff.added.push(entry(i));
      continue;
    }
    if (was.file !== i.file || was.dimension !== i.dimension) diff.moved.push({ id: i.id, title: i.title, from: { dimension: was.dimension, file: was.file }, to: { dimension: i.dimension, file: i.file } });
    const fields = fieldChanges(was, i, Object.keys(FIELDS), (x, key) => FIELDS[key]!(x));
    const body = wordChanges(bodyWords(was.body), bodyWords(i.body));
    if (Object.keys(fields).length > 0 || body.added > 0 || body.removed > 0) diff.changed.push({ id: i.id, title: i.title, fields, body });
  }
  for (const i of before?.initiatives ?? []) if (!now.has(i.id)) diff.removed.push(entry(i));
  return diff;
}

/** Is anything different at all? */
export function isEmpty(diff: BookDiff): boolean {
  const b = diff.book;
  return diff.added.length + diff.removed.length + diff.moved.length + diff.changed.length === 0 && Object.keys(b.fields).length === 0 && b.opd.added.length + b.opd.removed.length + b.opd.changed.length === 0;
}

/** The diff as `--format json` prints it: numbers of the book stay out (they belong to one edition). */
export function diffJson(diff: BookDiff): BookDiff {
  const strip = ({ number: _number, ...rest }: InitiativeEntry): InitiativeEntry => rest;
  return { ...diff, added: diff.added.map(strip), removed: diff.removed.map(strip) };
}
