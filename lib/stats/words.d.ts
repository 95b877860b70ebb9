import type { Lang } from '../i18n/lang.ts';
/** Headings and notes of the stats formats, in each language. */
export interface StatsWords {
    heading: string;
    summary: (initiatives: number, quickWins: number) => string;
    dimension: string;
    opd: string;
    initiatives: string;
    quickWins: string;
    total: string;
    group: string;
    id: string;
    name: string;
    groups: {
        total: string;
        dimension: string;
        element: string;
        opd: string;
    };
    opdsWithout: (n: number) => string;
    dimensionsWithout: string;
    none: string;
    partial: (errors: number, files: number, excluded: number, check: string) => string;
}
/** The stats words of a language. */
export declare function statsWords(lang: Lang): StatsWords;
