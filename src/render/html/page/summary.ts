import type { Element } from 'hast';
import { formatBudget, formatMillions, formatRupiah } from '../../../i18n/format.ts';
import { shortDimensionName } from '../../../model/names.ts';
import type { FundingRow } from '../../../model/recap.ts';
import type { RenderContext } from '../context.ts';
import { h } from '../h.ts';
import { quickWinTable } from './annexes.ts';
import { chapterHeading } from './chapters.ts';
import { chartFigure } from './chart.ts';
import { dataTable, type Cell } from './table.ts';

const num = (value: string): Cell => ({ value, className: 'num' });

function part(ctx: RenderContext, id: string, title: string, ...content: (Element | null)[]): Element {
  return h('section', { className: ['summary-part'], id: `${ctx.book.anchors.summary}-${id}` }, h('h3', {}, title), ...content);
}

function chart(ctx: RenderContext, key: 'counts' | 'budget' | 'years', table: string): Element | null {
  const found = ctx.book.charts.find((c) => c.key === key);
  return found ? chartFigure(found, table) : null;
}

function recap(ctx: RenderContext, id: string): Element {
  const { summary } = ctx.book;
  const l = ctx.l;
  const rows = summary.dimensions.map((d) => [d.dimension.name[ctx.lang], num(String(d.count.initiatives)), num(String(d.count.quickWins)), num(formatBudget(d, ctx.lang))]);
  const t = summary.total;
  const foot: Cell[] = [{ value: l.total, className: 'label', header: true }, num(String(t.initiatives)), num(String(t.quickWins)), num(formatBudget(t, ctx.lang))];
  return dataTable(l.recap, 'recap', [l.facts.dimension, num(l.initiativesShort), num(l.quickWinsShort), num(l.facts.budget)], rows, foot, id);
}

function fundingName(ctx: RenderContext, source: FundingRow['source']): string {
  return source === 'mixed' ? ctx.l.mixedFunding : source === 'none' ? ctx.l.noFunding : source;
}

function funding(ctx: RenderContext, id: string): Element {
  const { summary } = ctx.book;
  const rows = summary.funding.map((f) => [fundingName(ctx, f.source), num(String(f.initiatives)), num(formatRupiah(f.budget, ctx.lang))]);
  const foot: Cell[] = [{ value: ctx.l.total, className: 'label', header: true }, num(String(summary.total.initiatives)), num(formatRupiah(summary.total.budget, ctx.lang))];
  return dataTable(ctx.l.budgetByFunding, 'funding', [ctx.l.fundingSource, num(ctx.l.initiativesShort), num(ctx.l.facts.budget)], rows, foot, id);
}

function years(ctx: RenderContext, id: string, title: string): Element {
  const { years: list, rows, totals } = ctx.book.summary.years;
  const money = (n: number): Cell => num(n === 0 ? '–' : formatMillions(n, ctx.lang));
  const body = rows.map((r) => [shortDimensionName(r.dimension.name[ctx.lang]), ...r.perYear.map(money), money(r.lump), money(r.total)]);
  const foot: Cell[] = [{ value: ctx.l.total, className: 'label', header: true }, ...totals.perYear.map(money), money(totals.lump), money(totals.total)];
  return dataTable(title, 'wide years', [ctx.l.facts.dimension, ...list.map((y) => num(String(y))), num(ctx.l.lumpSum), num(ctx.l.total)], body, foot, id);
}

/** Ringkasan Eksekutif: scope, recapitulation per dimension, budget per funding source and per year, the quick wins, charts. */
export function executiveSummary(ctx: RenderContext): Element {
  const { book, l } = ctx;
  const anchor = book.anchors.summary;
  const s = book.settings;
  const t = book.summary.total;
  const scope = l.scope({ city: s.city, start: s.period.start, end: s.period.end, initiatives: t.initiatives, quickWins: t.quickWins, opds: book.summary.leading.length, dimensions: book.summary.dimensions.length, budget: formatRupiah(t.budget, ctx.lang) });
  const ids = { recap: `${anchor}-tabel-rekap`, funding: `${anchor}-tabel-dana`, years: `${anchor}-tabel-tahun` };
  const yearTitle = `${l.budgetByYear} (${ctx.lang === 'id' ? 'juta rupiah' : 'million rupiah'})`;
  return h(
    'section',
    { className: ['chapter', 'summary'], id: anchor },
    chapterHeading(anchor, l.executiveSummary, undefined, ctx),
    h('p', {}, scope),
    h('p', { className: ['note'] }, `${l.generated} ${l.illustrative}`),
    part(ctx, 'rekapitulasi', l.recap, recap(ctx, ids.recap), chart(ctx, 'counts', ids.recap), chart(ctx, 'budget', ids.recap)),
    part(ctx, 'sumber-dana', l.budgetByFunding, funding(ctx, ids.funding)),
    part(ctx, 'per-tahun', yearTitle, years(ctx, ids.years, yearTitle), h('p', { className: ['note'] }, l.lumpNote), chart(ctx, 'years', ids.years)),
    part(ctx, 'quick-win', l.quickWinSummary, quickWinTable(ctx)),
  );
}
