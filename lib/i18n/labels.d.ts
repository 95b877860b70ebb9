import type { Lang } from './lang.ts';
/** Every fixed text printed in the book, in each language. */
export interface Labels {
    chapter: string;
    contents: string;
    tables: string;
    figures: string;
    annexes: string;
    annex: string;
    quickWinList: string;
    opdMatrix: string;
    initiativesPerOpd: string;
    quickWin: string;
    draft: string;
    approval: string;
    approvalIntro: string;
    otherElement: string;
    noInitiatives: string;
    noInitiativesForOpd: string;
    facts: {
        opd: string;
        supporting: string;
        dimension: string;
        element: string;
        quickWin: string;
        horizon: string;
        years: string;
        status: string;
        budget: string;
        funding: string;
        partners: string;
        kpi: string;
    };
    yes: string;
    no: string;
    horizon: Record<'pendek' | 'menengah' | 'panjang', string>;
    status: Record<'usulan' | 'rencana' | 'berjalan' | 'selesai', string>;
    table: string;
    figure: string;
    page: string;
    number: string;
    initiative: string;
    total: string;
    period: string;
    kpiHeader: {
        indicator: string;
        target: string;
        year: string;
    };
    months: readonly string[];
    illustrative: string;
    /** "Mengesahkan": the label of the single signer of the old approval form. */
    approve: string;
    /** "Ditetapkan dengan": before the regulation that adopts the book. */
    adoptedBy: string;
    abbreviations: string;
    abbreviationHead: {
        short: string;
        full: string;
    };
    abbreviationOpd: string;
    fundingNames: {
        APBD: string;
        APBN: string;
        DAK: string;
        CSR: string;
        KPBU: string;
    };
    executiveSummary: string;
    /** The book's scope in one paragraph. */
    scope: (p: {
        city: string;
        start: number;
        end: number;
        initiatives: number;
        quickWins: number;
        opds: number;
        dimensions: number;
        budget: string;
    }) => string;
    recap: string;
    budgetByFunding: string;
    budgetByYear: string;
    fundingSource: string;
    mixedFunding: string;
    noFunding: string;
    lumpSum: string;
    lumpNote: string;
    chartCounts: string;
    chartBudget: string;
    chartYears: string;
    initiativesShort: string;
    quickWinsShort: string;
    initiativeList: string;
    /** The quick wins inside the executive summary (the annex has its own title). */
    quickWinSummary: string;
    roadmap: string;
    roadmapNote: string;
    indicators: string;
    government: (city: string) => string;
    backCover: string;
    generated: string;
}
/** The book labels of a language. */
export declare function labels(lang: Lang): Labels;
