import { roman } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { labels } from '../i18n/labels.ts';
import type { Opd } from './book.ts';

/** "Dinas Komunikasi dan Informatika (Diskominfo)": the full name first, as the facts block promises. */
export function opdFullName(opd: Pick<Opd, 'name' | 'short'>): string {
  return opd.short && opd.short !== opd.name ? `${opd.name} (${opd.short})` : opd.name;
}

/** The name coordinators say: the short name, else the full one. */
export function opdShortName(opd: Pick<Opd, 'name' | 'short'>): string {
  return opd.short ?? opd.name;
}

/** "BAB IV" / "CHAPTER IV". */
export function chapterLabel(number: number, lang: Lang): string {
  return `${labels(lang).chapter} ${roman(number)}`;
}

/** "Governance" for "Smart Governance", where six columns must fit side by side. */
export function shortDimensionName(name: string): string {
  return name.replace(/^smart\s+/i, '');
}
