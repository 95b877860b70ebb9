import type { Lang } from './lang.ts';
/** Texts the commands print themselves (diagnostics carry their own messages). */
export declare const MESSAGES: {
    id: {
        badLang: (v: string) => string;
        badFormat: (v: string, allowed: string) => string;
        buildRefused: (n: number) => string;
        wrote: (file: string) => string;
        internal: (msg: string) => string;
        draftAndFinal: string;
        rendering: (what: string) => string;
        renderingPages: (done: number, total: number) => string;
    };
    en: {
        badLang: (v: string) => string;
        badFormat: (v: string, allowed: string) => string;
        buildRefused: (n: number) => string;
        wrote: (file: string) => string;
        internal: (msg: string) => string;
        draftAndFinal: string;
        rendering: (what: string) => string;
        renderingPages: (done: number, total: number) => string;
    };
};
/** The command texts of a language. */
export declare function messages(lang: Lang): (typeof MESSAGES)['id'];
