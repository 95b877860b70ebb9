import type { Lang } from '../i18n/lang.ts';
import { type Labels } from '../i18n/labels.ts';
import type { Initiative } from './book.ts';
/** One item of a list value; `title` is a longer form (an OPD's full name behind its short name). */
export interface FactItem {
    text: string;
    title?: string;
}
/** A fact's value: plain text, a list, or the KPIs with their targets. */
export type FactValue = {
    kind: 'text';
    text: string;
} | {
    kind: 'list';
    items: FactItem[];
} | {
    kind: 'kpi';
    items: {
        indicator: string;
        target: string;
        year?: number;
    }[];
};
/** One row of an initiative's facts block. */
export interface FactRow {
    key: keyof Labels['facts'];
    label: string;
    value: FactValue;
}
/** The facts block of an initiative: label and value of every fact it has, empty ones left out. */
export declare function factRows(i: Initiative, lang: Lang): FactRow[];
