import { roman } from "../i18n/format.js";
import { labels } from "../i18n/labels.js";
/** "Dinas Komunikasi dan Informatika (Diskominfo)": the full name first, as the facts block promises. */
export function opdFullName(opd) {
    return opd.short && opd.short !== opd.name ? `${opd.name} (${opd.short})` : opd.name;
}
/** The name coordinators say: the short name, else the full one. */
export function opdShortName(opd) {
    return opd.short ?? opd.name;
}
/** "BAB IV" / "CHAPTER IV". */
export function chapterLabel(number, lang) {
    return `${labels(lang).chapter} ${roman(number)}`;
}
/** "Governance" for "Smart Governance", where six columns must fit side by side. */
export function shortDimensionName(name) {
    return name.replace(/^smart\s+/i, '');
}
