import type { Lang } from './lang.ts';
import { labels } from './labels.ts';

/** Rupiah as printed in Indonesian documents: "Rp1.500.000.000" (dots for thousands, no space). */
export function formatRupiah(amount: number, lang: Lang = 'id'): string {
  const digits = Math.round(amount).toString().replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'id' ? '.' : ',');
  return `Rp${digits}`;
}

/** Roman numerals, upper case (BAB IV) or lower case (page xii). */
export function roman(n: number, lower = false): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  let rest = n;
  for (const [value, numeral] of table) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return lower ? out.toLowerCase() : out;
}

/** "Tanjungpinang, 30 Juli 2019" from a place and an ISO date. */
export function formatPlaceDate(place: string | undefined, isoDate: string | undefined, lang: Lang): string {
  if (!isoDate) return place ?? '';
  const [y, m, d] = isoDate.split('-').map(Number);
  const month = labels(lang).months[(m ?? 1) - 1];
  const date = lang === 'id' ? `${d} ${month} ${y}` : `${d} ${month} ${y}`;
  return place ? `${place}, ${date}` : date;
}

/** "Juli 2019" from an ISO date, as printed on the cover. */
export function formatMonthYear(isoDate: string, lang: Lang): string {
  const [y, m] = isoDate.split('-').map(Number);
  return `${labels(lang).months[(m ?? 1) - 1]} ${y}`;
}

/** "2020–2021" or "2020" for a year range. */
export function formatYears(start?: number, end?: number): string {
  if (start === undefined) return end === undefined ? '' : String(end);
  if (end === undefined || end === start) return String(start);
  return `${start}–${end}`;
}
