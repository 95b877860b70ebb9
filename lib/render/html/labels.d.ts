import type { Lang } from '../../i18n/lang.ts';
/** Texts only the HTML page needs (the shared book labels live in src/i18n/labels.ts). */
export interface HtmlLabels {
    skip: string;
    menu: string;
    filter: string;
    search: string;
    searchHint: string;
    dimension: string;
    allDimensions: string;
    opd: string;
    allOpds: string;
    quickWinOnly: string;
    reset: string;
    /** "{shown} dari {total} inisiatif": filled by the page script. */
    count: string;
    /** "{shown} dari {total}": the same, short, on the phone's menu bar. */
    countShort: string;
    permalink: string;
    footnotes: string;
    footnoteBack: string;
    taskDone: string;
    taskOpen: string;
    logo: string;
    edition: string;
    signature: string;
    imageMissing: string;
    backToTop: string;
    noQuickWins: string;
    noMatch: string;
    /** "3 inisiatif" / "3 initiatives". */
    initiatives: (n: number) => string;
}
/** The HTML-only labels of a language. */
export declare function htmlLabels(lang: Lang): HtmlLabels;
