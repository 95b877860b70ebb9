import { formatRupiah, formatYears } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { labels, type Labels } from '../i18n/labels.ts';
import type { Initiative } from './book.ts';
import { opdFullName, opdShortName } from './names.ts';

/** One item of a list value; `title` is a longer form (an OPD's full name behind its short name). */
export interface FactItem {
  text: string;
  title?: string;
}

/** A fact's value: plain text, a list, or the KPIs with their targets. */
export type FactValue =
  | { kind: 'text'; text: string }
  | { kind: 'list'; items: FactItem[] }
  | { kind: 'kpi'; items: { indicator: string; target: string; year?: number }[] };

/** One row of an initiative's facts block. */
export interface FactRow {
  key: keyof Labels['facts'];
  label: string;
  value: FactValue;
}

const text = (value: string): FactValue => ({ kind: 'text', text: value });

/** "Jangka pendek (2020–2021)", or whichever half is known. */
function timeframe(i: Initiative, l: Labels): string {
  const years = formatYears(i.startYear, i.endYear);
  const horizon = i.horizon ? l.horizon[i.horizon] : '';
  return horizon && years ? `${horizon} (${years})` : horizon || years;
}

function values(i: Initiative, l: Labels, lang: Lang): [FactRow['key'], FactValue | undefined][] {
  const when = timeframe(i, l);
  return [
    ['opd', text(opdFullName(i.opd))],
    ['supporting', i.supportingOpd.length ? { kind: 'list', items: i.supportingOpd.map((o) => ({ text: opdShortName(o), ...(o.short && o.short !== o.name ? { title: o.name } : {}) })) } : undefined],
    ['element', i.element ? text(i.element.name[lang]) : undefined],
    ['quickWin', text(i.quickWin ? l.yes : l.no)],
    ['horizon', when ? text(when) : undefined],
    ['status', i.status ? text(l.status[i.status]) : undefined],
    ['budget', i.budget !== undefined ? text(formatRupiah(i.budget, lang)) : undefined],
    ['funding', i.funding.length ? text(i.funding.join(', ')) : undefined],
    ['partners', i.partners.length ? { kind: 'list', items: i.partners.map((p) => ({ text: p })) } : undefined],
    ['kpi', i.kpi.length ? { kind: 'kpi', items: i.kpi.map((k) => ({ indicator: k.indicator, target: String(k.target), ...(k.year ? { year: k.year } : {}) })) } : undefined],
  ];
}

/** The facts block of an initiative: label and value of every fact it has, empty ones left out. */
export function factRows(i: Initiative, lang: Lang): FactRow[] {
  const l = labels(lang);
  return values(i, l, lang).flatMap(([key, value]) => (value ? [{ key, label: l.facts[key], value }] : []));
}
