import type { Lang } from '../i18n/lang.ts';
import type { OpdGroup, PlacedInitiative } from './book.ts';
/** One line of the Daftar Singkatan. */
export interface Abbreviation {
    short: string;
    full: string;
}
/**
 * Daftar Singkatan: every OPD short name of the registry with its full name, the short
 * forms of the funding sources the initiatives use, and OPD itself; sorted, each once.
 */
export declare function abbreviations(opds: readonly OpdGroup[], initiatives: readonly PlacedInitiative[], lang: Lang): Abbreviation[];
