import type { Lang } from './lang.ts';
/** Rupiah as printed in Indonesian documents: "Rp1.500.000.000" (dots for thousands, no space). */
export declare function formatRupiah(amount: number, lang?: Lang): string;
/** Roman numerals, upper case (BAB IV) or lower case (page xii). */
export declare function roman(n: number, lower?: boolean): string;
/** "Tanjungpinang, 30 Juli 2019" from a place and an ISO date. */
export declare function formatPlaceDate(place: string | undefined, isoDate: string | undefined, lang: Lang): string;
/** "Juli 2019" from an ISO date, as printed on the cover. */
export declare function formatMonthYear(isoDate: string, lang: Lang): string;
/** "2020–2021" or "2020" for a year range. */
export declare function formatYears(start?: number, end?: number): string;
/** Rupiah as running text says it: "Rp1,5 miliar", "Rp150 juta", whole rupiah below a million. */
export declare function formatRupiahShort(amount: number, lang?: Lang): string;
/** An amount in millions of rupiah, for tables headed "juta rupiah": 1250000000 → "1.250", 12345678 → "12,3". */
export declare function formatMillions(amount: number, lang?: Lang): string;
