import type { BookContext } from './context.ts';
/** Daftar Singkatan: every OPD short name and funding source short form with its full name. */
export declare function drawAbbreviations(bc: BookContext): void;
