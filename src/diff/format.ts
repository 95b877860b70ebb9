import { escapeControls } from '../diagnostics/diagnostic.ts';
import { formatRupiah } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { diffJson, isEmpty, type BookDiff, type FieldChange, type Value } from './compare.ts';
import type { DiffFormat } from './names.ts';
import { DIFF_WORDS, type DiffWords } from './words.ts';

/** What the human formats need besides the diff: the language and the dimensions' names. */
export interface DiffView {
  lang: Lang;
  /** A dimension's chapter title ("Smart Living"), by id. */
  dimension: (id: string) => string;
  color?: boolean;
  /** Between an old and a new value (default " → "; the printed book says it in words). */
  arrow?: string;
}


/** A value as a reader reads it: rupiah for budgets, "ya"/"tidak", lists joined. */
export function showValue(key: string, value: Value, lang: Lang, dimension?: (id: string) => string): string {
  const w = DIFF_WORDS[lang];
  if (key === 'dimension' && typeof value === 'string' && dimension) return dimension(value);
  if (value === null) return w.none;
  if (typeof value === 'boolean') return value ? w.yes : w.no;
  if (typeof value === 'number') return key === 'budget' ? formatRupiah(value, lang) : String(value);
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.length === 0 ? w.none : value.map((v) => showValue(key, v, lang)).join(', ');
  if (key === 'budget') return Object.entries(value).map(([year, amount]) => `${year}: ${showValue(key, amount, lang)}`).join(', ');
  if (key === 'period' && typeof value.start === 'number' && typeof value.end === 'number') return `${value.start}–${value.end}`;
  if (key === 'kpi' && typeof value.indicator === 'string') return `${value.indicator}${value.target !== undefined ? `: ${showValue('', value.target, lang)}` : ''}${value.year !== undefined ? ` (${showValue('', value.year, lang)})` : ''}`;
  return Object.entries(value).map(([k, v]) => `${k}: ${showValue(k, v, lang)}`).join('; ');
}

/** "field: old → new" lines of one record. */
export function fieldLines(fields: Record<string, FieldChange>, lang: Lang, dimension?: (id: string) => string, arrow = ' → '): string[] {
  const w = DIFF_WORDS[lang];
  return Object.entries(fields).map(([key, change]) => `${w.field(key)}: ${listChange(key, change, lang) ?? `${showValue(key, change.old, lang, dimension)}${arrow}${showValue(key, change.new, lang, dimension)}`}`);
}

/** A list of records (the KPIs) changed: only the items that went and came, "− a; + b". */
function listChange(key: string, change: FieldChange, lang: Lang): string | undefined {
  const { old, new: now } = change;
  if (!Array.isArray(old) || !Array.isArray(now) || !old.concat(now).every((v) => v !== null && typeof v === 'object')) return undefined;
  const keyOf = (v: Value) => JSON.stringify(v);
  const was = new Set(old.map(keyOf));
  const is = new Set(now.map(keyOf));
  const parts = [...old.filter((v) => !is.has(keyOf(v))).map((v) => `− ${showValue(key, v, lang)}`), ...now.filter((v) => !was.has(keyOf(v))).map((v) => `+ ${showValue(key, v, lang)}`)];
  return parts.length > 0 ? parts.join('; ') : undefined;
}

/** "+Rp450.000.000" / "−Rp50.000.000" / "Rp0". */
export function signedRupiah(delta: number, lang: Lang): string {
  return `${delta > 0 ? '+' : delta < 0 ? '−' : ''}${formatRupiah(Math.abs(delta), lang)}`;
}

function perDimension(entries: readonly { dimension: string }[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of entries) out.set(e.dimension, (out.get(e.dimension) ?? 0) + 1);
  return out;
}

/** One line for a pull request: "+2 inisiatif di Smart Living; quick win 11 → 12; anggaran +Rp450.000.000". */
export function headline(diff: BookDiff, view: DiffView): string {
  const w = DIFF_WORDS[view.lang];
  if (isEmpty(diff)) return w.nothing;
  const parts: string[] = [];
  for (const [dimension, n] of perDimension(diff.added)) parts.push(w.addedIn(n, view.dimension(dimension)));
  for (const [dimension, n] of perDimension(diff.removed)) parts.push(w.removedIn(n, view.dimension(dimension)));
  if (diff.moved.length > 0) parts.push(w.movedCount(diff.moved.length));
  if (diff.changed.length > 0) parts.push(w.changedCount(diff.changed.length));
  const { before, after } = diff.totals;
  if (before.quickWins !== after.quickWins) parts.push(w.quickWinLine(before.quickWins, after.quickWins, view.arrow));
  if (before.budget !== after.budget) parts.push(w.budgetLine(signedRupiah(after.budget - before.budget, view.lang)));
  if (Object.keys(diff.book.fields).length > 0) parts.push(w.bookLine);
  const opd = diff.book.opd;
  if (opd.added.length + opd.removed.length + opd.changed.length > 0) parts.push(w.registryLine);
  return parts.join('; ');
}

/** The before/after rows: initiatives, quick wins, budget. */
export function totalRows(diff: BookDiff, lang: Lang): [string, string, string, string][] {
  const w = DIFF_WORDS[lang];
  const { before, after } = diff.totals;
  const count = (a: number, b: number) => (b - a > 0 ? `+${b - a}` : b - a < 0 ? `−${a - b}` : '0');
  return [
    [w.initiatives, String(before.initiatives), String(after.initiatives), count(before.initiatives, after.initiatives)],
    [w.quickWins, String(before.quickWins), String(after.quickWins), count(before.quickWins, after.quickWins)],
    [w.budget, formatRupiah(before.budget, lang), formatRupiah(after.budget, lang), signedRupiah(after.budget - before.budget, lang)],
  ];
}

export function registryLines(diff: BookDiff, w: DiffWords, lang: Lang, arrow = ' → '): string[] {
  const { opd } = diff.book;
  const name = (v: Value) => (v && typeof v === 'object' && !Array.isArray(v) ? `${String(v.id)} (${String(v.name)})` : String(v));
  return [
    ...opd.added.map((o) => `${w.opdAdded}: ${name(o)}`),
    ...opd.removed.map((o) => `${w.opdRemoved}: ${name(o)}`),
    ...opd.changed.flatMap((o) => fieldLines(o.fields, lang, undefined, arrow).map((line) => `${o.id}: ${line}`)),
  ];
}

const paint = (on: boolean | undefined, code: string, text: string): string => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

/** For a terminal. */
export function stylish(diff: BookDiff, view: DiffView): string {
  const w = DIFF_WORDS[view.lang];
  const c = view.color;
  const out = [paint(c, '1', w.heading(diff.base, diff.baseCommit.slice(0, 7)).replace(/`/g, '')), headline(diff, view), ''];
  const section = (title: string, lines: string[]) => {
    if (lines.length === 0) return;
    out.push(paint(c, '1', `${title} (${lines.filter((l) => !l.startsWith(' ')).length})`), ...lines, '');
  };
  section(w.added, diff.added.map((i) => `${paint(c, '32', '+')} ${i.id}  ${i.title}  ${paint(c, '2', `${view.dimension(i.dimension)} · ${i.file}`)}`));
  section(w.removed, diff.removed.map((i) => `${paint(c, '31', '−')} ${i.id}  ${i.title}  ${paint(c, '2', `${view.dimension(i.dimension)} · ${i.file}`)}`));
  section(
    w.moved,
    diff.moved.map((m) => {
      const where = m.from.dimension !== m.to.dimension ? `${view.dimension(m.from.dimension)} → ${view.dimension(m.to.dimension)}` : `${m.from.file} → ${m.to.file}`;
      return `${paint(c, '33', '→')} ${m.id}  ${m.title}  ${paint(c, '2', where)}`;
    }),
  );
  section(
    w.changed,
    diff.changed.flatMap((ch) => [
      `${paint(c, '33', '~')} ${ch.id}  ${ch.title}`,
      ...fieldLines(ch.fields, view.lang, view.dimension).map((l) => `    ${l}`),
      ...(ch.body.added + ch.body.removed > 0 ? [`    ${w.body(ch.body.added, ch.body.removed)}`] : []),
    ]),
  );
  const bookLines = [...fieldLines(diff.book.fields, view.lang), ...registryLines(diff, w, view.lang)];
  section(w.bookYml, bookLines.map((l) => `${paint(c, '33', '~')} ${l}`));
  out.push(paint(c, '1', w.totals));
  for (const [label, before, after, change] of totalRows(diff, view.lang)) out.push(`  ${label}: ${before} → ${after} (${change})`);
  return `${out.join('\n')}\n`;
}

/** Text safe inside a GFM table cell or list item. */
function md(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/([*_`[\]<>])/g, '\\$1').replace(/\r?\n/g, ' ');
}

/** GitHub-flavoured Markdown: for `$GITHUB_STEP_SUMMARY`, a pull-request comment or a GitLab report. */
export function markdown(diff: BookDiff, view: DiffView): string {
  const w = DIFF_WORDS[view.lang];
  const out = [`## ${w.heading(diff.base, diff.baseCommit.slice(0, 7))}`, '', `**${md(headline(diff, view))}**`, ''];
  const list = (title: string, items: string[]) => {
    if (items.length > 0) out.push(`### ${title} (${items.filter((i) => i.startsWith('- ')).length})`, '', ...items, '');
  };
  list(w.added, diff.added.map((i) => `- \`${i.id}\` ${md(i.title)} — ${md(view.dimension(i.dimension))} (\`${i.file}\`)`));
  list(w.removed, diff.removed.map((i) => `- \`${i.id}\` ${md(i.title)} — ${md(view.dimension(i.dimension))} (\`${i.file}\`)`));
  list(
    w.moved,
    diff.moved.map((m) => `- \`${m.id}\` ${md(m.title)}: ${m.from.dimension !== m.to.dimension ? `${md(view.dimension(m.from.dimension))} → ${md(view.dimension(m.to.dimension))}` : `\`${m.from.file}\` → \`${m.to.file}\``}`),
  );
  list(
    w.changed,
    diff.changed.flatMap((ch) => [
      `- \`${ch.id}\` ${md(ch.title)}`,
      ...fieldLines(ch.fields, view.lang, view.dimension).map((l) => `  - ${md(l)}`),
      ...(ch.body.added + ch.body.removed > 0 ? [`  - ${md(w.body(ch.body.added, ch.body.removed))}`] : []),
    ]),
  );
  list(w.bookYml, [...fieldLines(diff.book.fields, view.lang), ...registryLines(diff, w, view.lang)].map((l) => `- ${md(l)}`));
  out.push(`### ${w.totals}`, '', `| | ${w.before} | ${w.after} | ${w.change} |`, '|---|--:|--:|--:|');
  for (const [label, before, after, change] of totalRows(diff, view.lang)) out.push(`| ${label} | ${before} | ${after} | ${change} |`);
  return `${out.join('\n')}\n`;
}

/** A copy with every string's control characters escaped: titles and values reach terminals and CI logs. */
function escaped<T>(value: T): T {
  if (typeof value === 'string') return escapeControls(value) as T;
  if (Array.isArray(value)) return value.map(escaped) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escaped(v)])) as T;
  return value;
}

/** Print the diff in a format (JSON escapes control characters itself). */
export function formatDiff(format: DiffFormat, diff: BookDiff, view: DiffView): string {
  if (format === 'json') return `${JSON.stringify(diffJson(diff), null, 2)}\n`;
  const safe = escaped(diff);
  const names = { ...view, dimension: (id: string) => escapeControls(view.dimension(id)) };
  return format === 'markdown' ? markdown(safe, names) : stylish(safe, names);
}

/** The dimensions' chapter titles of a book, by id (any id falls back to itself). */
export function dimensionNames(book: { chapters: readonly { id: string; title: string }[] }): (id: string) => string {
  const names = new Map(book.chapters.map((c) => [c.id, c.title]));
  return (id) => names.get(id) ?? id;
}
