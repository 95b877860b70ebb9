import type { Element } from 'hast';
import { formatRupiah, formatYears } from '../../../i18n/format.ts';
import type { Annex, AnnexKey, PlacedInitiative } from '../../../model/book.ts';
import { opdFullName, opdShortName } from '../../../model/names.ts';
import type { RenderContext } from '../context.ts';
import { h } from '../h.ts';
import { shell, type Shell } from '../stream.ts';
import { changeBadge, permalink, quickWinBadge } from './initiative.ts';
import { opdMatrix } from './matrix.ts';
import { roadmapTable } from './roadmap.ts';
import { dataTable, groupedTable, type Cell, type RowGroup } from './table.ts';

/** A link to an initiative with its number: "4.2.1 e-Puskesmas". */
export function initiativeLink(i: PlacedInitiative): Element {
  return h('a', { href: `#${i.anchor}` }, `${i.number} ${i.title}`);
}

const num = (value: string): Cell => ({ value, className: 'num' });
const budget = (i: PlacedInitiative, ctx: RenderContext): Cell => num(i.budget !== undefined ? formatRupiah(i.budget, ctx.lang) : '');

/** The quick wins with dimension, lead OPD, years and budget; `label` names the table where it appears. */
export function quickWinTable(ctx: RenderContext, label = `${ctx.l.quickWinList} — ${ctx.l.executiveSummary}`): Element {
  const f = ctx.l.facts;
  const rows = ctx.book.quickWins.map((i, n) => [num(String(n + 1)), initiativeLink(i), ctx.book.chapters.find((c) => c.number === i.chapter)?.title ?? i.dimension, opdShortName(i.opd), formatYears(i.startYear, i.endYear), budget(i, ctx)]);
  const head = [ctx.l.number, ctx.l.initiative, f.dimension, f.opd, f.years, num(f.budget)];
  if (!rows.length) return h('p', { className: ['empty'] }, ctx.hl.noQuickWins);
  const foot: Cell[] = [{ value: ctx.l.total, className: 'label', header: true }, '', '', '', '', num(formatRupiah(ctx.book.summary.quickWinBudget, ctx.lang))];
  return dataTable(label, 'wide', head, rows, foot);
}

function initiativeList(ctx: RenderContext, a: Annex): Element {
  const l = ctx.l;
  const rows = ctx.book.initiatives.map((i) => [num(i.number), h('a', { href: `#${i.anchor}` }, i.title), opdShortName(i.opd), formatYears(i.startYear, i.endYear), budget(i, ctx), i.quickWin ? quickWinBadge(ctx, i.dimension) : '']);
  const t = ctx.book.summary.total;
  const foot: Cell[] = [{ value: l.total, className: 'label', header: true }, '', '', '', num(formatRupiah(t.budget, ctx.lang)), num(String(t.quickWins))];
  return dataTable(a.title, 'wide', [num(l.number), l.initiative, 'OPD', l.facts.years, num(l.facts.budget), l.quickWinsShort], rows, foot);
}

function perOpd(ctx: RenderContext, a: Annex): Element {
  const groups = ctx.book.summary.leading.map(({ opd, anchor, initiatives }): RowGroup => ({
    id: anchor,
    heading: [opdFullName(opd), ' ', h('span', { className: ['group-count'] }, `· ${ctx.hl.initiatives(initiatives.length)}`)],
    rows: initiatives.map((i) => [num(i.number), h('a', { href: `#${i.anchor}` }, i.title), i.quickWin ? quickWinBadge(ctx, i.dimension) : '']),
  }));
  return groupedTable(a.title, 'grouped', [num(ctx.l.number), ctx.l.initiative, ctx.l.facts.quickWin], groups);
}

function indicators(ctx: RenderContext, a: Annex): Element {
  const k = ctx.l.kpiHeader;
  const rows = ctx.book.initiatives.flatMap((i) => i.kpi.map((kpi) => [num(i.number), h('a', { href: `#${i.anchor}` }, i.title), kpi.indicator, num(String(kpi.target)), num(kpi.year ? String(kpi.year) : '–')]));
  return dataTable(a.title, 'wide', [num(ctx.l.number), ctx.l.initiative, k.indicator, num(k.target), num(k.year)], rows);
}

/** Perubahan dari Edisi Sebelumnya: the edition, the headline, totals before and after, each changed initiative, book.yml. */
function changes(ctx: RenderContext, a: Annex): Element {
  const c = ctx.book.changes;
  if (!c) return h('p', {}, '');
  const [item, before, after, change] = c.headers.totals;
  const rows = c.rows.map((r) => [
    num(r.number),
    r.anchor ? h('a', { href: `#${r.anchor}` }, r.title) : r.title,
    [changeBadge(r.kind, r.kindLabel), r.details.length ? h('ul', { className: ['change-details'] }, r.details.map((d) => h('li', {}, d))) : null],
  ]);
  return h(
    'div',
    { className: ['changes'] },
    h('p', {}, c.intro.replace(/`/g, '')),
    h('p', { className: ['change-headline'] }, h('strong', {}, c.headline)),
    dataTable(`${a.title}: ${item}`, 'narrow', [item, num(before), num(after), num(change)], c.totals.map(([label, b, af, ch]) => [label, num(b), num(af), num(ch)])),
    rows.length ? dataTable(a.title, 'wide', [num(c.headers.rows[0]), c.headers.rows[1], c.headers.rows[2]], rows) : null,
    c.settings.length ? [h('p', {}, h('strong', {}, c.settingsTitle)), h('ul', {}, c.settings.map((s) => h('li', {}, s)))] : null,
  );
}

const PARTS: Record<AnnexKey, (ctx: RenderContext, a: Annex) => Element> = {
  initiatives: initiativeList,
  quickWins: (ctx, a) => quickWinTable(ctx, a.title),
  matrix: (ctx) => opdMatrix(ctx),
  perOpd,
  roadmap: (ctx, a) => roadmapTable(ctx, a.title),
  indicators,
  changes,
};

/** An annex: h3 "Lampiran n. Title" with a permalink. */
function annex(a: Annex, number: number, ctx: RenderContext): Element {
  const heading = `${ctx.l.annex} ${number}. ${a.title}`;
  return h('section', { className: ['annex'], id: a.anchor }, h('div', { className: ['heading-line'] }, h('h3', {}, heading), permalink(a.anchor, heading, ctx)), PARTS[a.key](ctx, a));
}

/** The annexes (all, or those asked for), each linking to the initiatives; each is rendered when the writer reaches it. */
export function annexes(ctx: RenderContext, only?: readonly AnnexKey[]): Shell {
  const anchor = ctx.book.anchors.annexes;
  const section = h(
    'section',
    { className: ['chapter', 'annexes'], id: anchor },
    h('div', { className: ['heading-line', 'chapter-heading'] }, h('h2', {}, ctx.l.annexes), permalink(anchor, ctx.l.annexes, ctx)),
    ctx.slot.node,
  );
  // A page with some annexes only numbers them afresh.
  return shell(section, ctx.book.annexes.filter((a) => !only || only.includes(a.key)).map((a, n) => () => annex(a, only ? n + 1 : a.number, ctx)));
}
