import type { Lang } from './lang.ts';
import { labels } from './labels.ts';

/** Rupiah as printed in Indonesian documents: "Rp1.500.000.000" (dots for thousands, no space). */
export function formatRupiah(amount: number, lang: Lang = 'id'): string {
  const digits = Math.round(amount).toString().replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'id' ? '.' : ',');
  return `Rp${digits}`;
}

/** A sum of budgets: "–" when no initiative in it has one written (Rp0 only when someone wrote 0). */
export function formatBudget(sum: { budget: number; budgeted: number }, lang: Lang = 'id'): string {
  return sum.budgeted === 0 ? '–' : formatRupiah(sum.budget, lang);
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

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A number with `min` to `max` decimals in the language's style. The formatters are kept:
 * `toLocaleString` with options builds a new one on every call, a cost a 1,000-initiative
 * book pays thousands of times.
 */
function decimals(value: number, lang: Lang, min: number, max: number): string {
  const key = `${lang}:${min}:${max}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US', { minimumFractionDigits: min, maximumFractionDigits: max });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** Rupiah as running text says it: "Rp1,5 miliar", "Rp150 juta", whole rupiah below a million. */
export function formatRupiahShort(amount: number, lang: Lang = 'id'): string {
  const units: [number, string, string][] = [
    [1e12, 'triliun', 'trillion'],
    [1e9, 'miliar', 'billion'],
    [1e6, 'juta', 'million'],
  ];
  for (const [size, id, en] of units) {
    if (Math.abs(amount) < size) continue;
    const value = decimals(Math.round((amount / size) * 10) / 10, lang, 0, 1);
    return `Rp${value} ${lang === 'id' ? id : en}`;
  }
  return formatRupiah(amount, lang);
}

/** An amount in millions of rupiah, for tables headed "juta rupiah": 1250000000 → "1.250", 12345678 → "12,3". */
export function formatMillions(amount: number, lang: Lang = 'id'): string {
  const millions = amount / 1e6;
  const digits = Number.isInteger(millions) ? 0 : 1;
  return decimals(millions, lang, digits, digits);
}
