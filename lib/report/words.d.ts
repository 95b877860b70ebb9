import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Lang } from '../i18n/lang.ts';
/** Words the CI formatters print around the diagnostics, in each language. */
export interface ReportWords {
    error: string;
    warning: string;
    /** "N errors, M warnings in K files" */
    summary: (errors: number, warnings: number, files: number) => string;
    /** The closing line when nothing was found. */
    clean: (files: number) => string;
    /** Headers of a results table: severity, file, line, column, rule, message. */
    columns: readonly [string, string, string, string, string, string];
    /** Label of a suggested fix. */
    suggestion: string;
    /** Note under a table that had to be cut short. */
    omitted: (count: number) => string;
    /** Name of the one passing test case that stands for the files without problems. */
    passed: (files: number) => string;
}
/** The CI formatters' words by language. */
export declare const WORDS: Readonly<Record<Lang, ReportWords>>;
/** How many different files the diagnostics point at. */
export declare function fileCount(list: readonly {
    file: string;
}[]): number;
/** Diagnostics grouped by file, in their (sorted) order. */
export declare function groupByFile(list: readonly Diagnostic[]): Map<string, Diagnostic[]>;
