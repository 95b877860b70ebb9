import { formatRupiah, formatYears } from "../i18n/format.js";
import { labels } from "../i18n/labels.js";
import { opdFullName, opdShortName } from "./names.js";
const text = (value) => ({ kind: 'text', text: value });
/** "Jangka pendek (2020–2021)", or whichever half is known. */
function timeframe(i, l) {
    const years = formatYears(i.startYear, i.endYear);
    const horizon = i.horizon ? l.horizon[i.horizon] : '';
    return horizon && years ? `${horizon} (${years})` : horizon || years;
}
function values(i, l, lang) {
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
export function factRows(i, lang) {
    const l = labels(lang);
    return values(i, l, lang).flatMap(([key, value]) => (value ? [{ key, label: l.facts[key], value }] : []));
}
