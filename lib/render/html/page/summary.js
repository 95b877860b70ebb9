import { formatMillions, formatRupiah } from "../../../i18n/format.js";
import { shortDimensionName } from "../../../model/names.js";
import { h } from "../h.js";
import { quickWinTable } from "./annexes.js";
import { chapterHeading } from "./chapters.js";
import { chartFigure } from "./chart.js";
import { dataTable } from "./table.js";
const num = (value) => ({ value, className: 'num' });
function part(ctx, id, title, ...content) {
    return h('section', { className: ['summary-part'], id: `${ctx.book.anchors.summary}-${id}` }, h('h3', {}, title), ...content);
}
function chart(ctx, key, table) {
    const found = ctx.book.charts.find((c) => c.key === key);
    return found ? chartFigure(found, table) : null;
}
function recap(ctx, id) {
    const { summary } = ctx.book;
    const l = ctx.l;
    const rows = summary.dimensions.map((d) => [d.dimension.name[ctx.lang], num(String(d.count.initiatives)), num(String(d.count.quickWins)), num(formatRupiah(d.budget, ctx.lang))]);
    const t = summary.total;
    const foot = [{ value: l.total, className: 'label', header: true }, num(String(t.initiatives)), num(String(t.quickWins)), num(formatRupiah(t.budget, ctx.lang))];
    return dataTable(l.recap, 'recap', [l.facts.dimension, num(l.initiativesShort), num(l.quickWinsShort), num(l.facts.budget)], rows, foot, id);
}
function fundingName(ctx, source) {
    return source === 'mixed' ? ctx.l.mixedFunding : source === 'none' ? ctx.l.noFunding : source;
}
function funding(ctx, id) {
    const { summary } = ctx.book;
    const rows = summary.funding.map((f) => [fundingName(ctx, f.source), num(String(f.initiatives)), num(formatRupiah(f.budget, ctx.lang))]);
    const foot = [{ value: ctx.l.total, className: 'label', header: true }, num(String(summary.total.initiatives)), num(formatRupiah(summary.total.budget, ctx.lang))];
    return dataTable(ctx.l.budgetByFunding, 'funding', [ctx.l.fundingSource, num(ctx.l.initiativesShort), num(ctx.l.facts.budget)], rows, foot, id);
}
function years(ctx, id, title) {
    const { years: list, rows, totals } = ctx.book.summary.years;
    const money = (n) => num(n === 0 ? '–' : formatMillions(n, ctx.lang));
    const body = rows.map((r) => [shortDimensionName(r.dimension.name[ctx.lang]), ...r.perYear.map(money), money(r.lump), money(r.total)]);
    const foot = [{ value: ctx.l.total, className: 'label', header: true }, ...totals.perYear.map(money), money(totals.lump), money(totals.total)];
    return dataTable(title, 'wide years', [ctx.l.facts.dimension, ...list.map((y) => num(String(y))), num(ctx.l.lumpSum), num(ctx.l.total)], body, foot, id);
}
/** Ringkasan Eksekutif: scope, recapitulation per dimension, budget per funding source and per year, the quick wins, charts. */
export function executiveSummary(ctx) {
    const { book, l } = ctx;
    const anchor = book.anchors.summary;
    const s = book.settings;
    const t = book.summary.total;
    const scope = l.scope({ city: s.city, start: s.period.start, end: s.period.end, initiatives: t.initiatives, quickWins: t.quickWins, opds: book.summary.leading.length, dimensions: book.summary.dimensions.length, budget: formatRupiah(t.budget, ctx.lang) });
    const ids = { recap: `${anchor}-tabel-rekap`, funding: `${anchor}-tabel-dana`, years: `${anchor}-tabel-tahun` };
    const yearTitle = `${l.budgetByYear} (${ctx.lang === 'id' ? 'juta rupiah' : 'million rupiah'})`;
    return h('section', { className: ['chapter', 'summary'], id: anchor }, chapterHeading(anchor, l.executiveSummary, undefined, ctx), h('p', {}, scope), h('p', { className: ['note'] }, `${l.generated} ${l.illustrative}`), part(ctx, 'rekapitulasi', l.recap, recap(ctx, ids.recap), chart(ctx, 'counts', ids.recap), chart(ctx, 'budget', ids.recap)), part(ctx, 'sumber-dana', l.budgetByFunding, funding(ctx, ids.funding)), part(ctx, 'per-tahun', yearTitle, years(ctx, ids.years, yearTitle), h('p', { className: ['note'] }, l.lumpNote), chart(ctx, 'years', ids.years)), part(ctx, 'quick-win', l.quickWinSummary, quickWinTable(ctx)));
}
