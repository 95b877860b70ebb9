import type { Element } from 'hast';
import type { PlacedInitiative } from '../../../model/book.ts';
import type { Opd } from '../../../config/opd-registry.ts';
import { formatRupiah, formatYears } from '../../../i18n/format.ts';
import type { RenderContext } from '../context.ts';
import { h, type Child } from '../h.ts';

type Row = [label: string, value: Child];

/** "Dinas Kesehatan (Dinkes)": the full name first, as the facts block promises. */
export function opdFullName(opd: Pick<Opd, 'name' | 'short'>): string {
  return opd.short && opd.short !== opd.name ? `${opd.name} (${opd.short})` : opd.name;
}

/** A short name with its full name on hover; the annex lists every full name. */
function opdShort(opd: Opd): Element {
  return opd.short && opd.short !== opd.name ? h('abbr', { title: opd.name }, opd.short) : h('span', {}, opd.name);
}

function inlineList(items: Child[]): Element | undefined {
  return items.length === 0 ? undefined : h('ul', { className: ['inline-list'] }, items.map((item) => h('li', {}, item)));
}

function timeframe(i: PlacedInitiative, ctx: RenderContext): string | undefined {
  const years = formatYears(i.startYear, i.endYear);
  const horizon = i.horizon ? ctx.l.horizon[i.horizon] : '';
  if (horizon && years) return `${horizon} (${years})`;
  return horizon || years || undefined;
}

function kpiList(i: PlacedInitiative): Element | undefined {
  if (i.kpi.length === 0) return undefined;
  return h(
    'ul',
    { className: ['kpi-list'] },
    i.kpi.map((k) => h('li', {}, `${k.indicator}: `, h('strong', {}, String(k.target)), k.year ? ` (${k.year})` : '')),
  );
}

function rows(i: PlacedInitiative, ctx: RenderContext): Row[] {
  const f = ctx.l.facts;
  return [
    [f.opd, opdFullName(i.opd)],
    [f.supporting, inlineList(i.supportingOpd.map(opdShort))],
    [f.element, i.element?.name[ctx.lang]],
    [f.quickWin, i.quickWin ? ctx.l.yes : ctx.l.no],
    [f.horizon, timeframe(i, ctx)],
    [f.status, i.status ? ctx.l.status[i.status] : undefined],
    [f.budget, i.budget !== undefined ? formatRupiah(i.budget, ctx.lang) : undefined],
    [f.funding, i.funding.length ? i.funding.join(', ') : undefined],
    [f.partners, inlineList(i.partners)],
    [f.kpi, kpiList(i)],
  ];
}

/** The facts block under an initiative's title: a definition list, empty rows left out. */
export function factsBlock(i: PlacedInitiative, ctx: RenderContext): Element {
  const present = rows(i, ctx).filter(([, value]) => value !== undefined && value !== '');
  return h('dl', { className: ['facts'] }, present.map(([label, value]) => h('div', {}, h('dt', {}, label), h('dd', {}, value))));
}
