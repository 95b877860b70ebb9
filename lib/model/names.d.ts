import type { Lang } from '../i18n/lang.ts';
import type { Opd } from './book.ts';
/** "Dinas Komunikasi dan Informatika (Diskominfo)": the full name first, as the facts block promises. */
export declare function opdFullName(opd: Pick<Opd, 'name' | 'short'>): string;
/** The name coordinators say: the short name, else the full one. */
export declare function opdShortName(opd: Pick<Opd, 'name' | 'short'>): string;
/** "BAB IV" / "CHAPTER IV". */
export declare function chapterLabel(number: number, lang: Lang): string;
/** "Governance" for "Smart Governance", where six columns must fit side by side. */
export declare function shortDimensionName(name: string): string;
