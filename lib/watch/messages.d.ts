import type { Lang } from '../i18n/lang.ts';
/** Texts of `watch` and `serve`. */
export declare const WATCH_MESSAGES: {
    id: {
        watching: (dir: string) => string;
        reading: string;
        changed: (files: string) => string;
        notUpdated: (errors: number) => string;
        renderFailed: (message: string) => string;
        updated: (seconds: string) => string;
        stopped: string;
        serving: (url: string) => string;
        portTaken: (port: number, next: number) => string;
        noFreePort: (port: number) => string;
        badPort: (value: string) => string;
        waiting: string;
        problems: (errors: number) => string;
    };
    en: {
        watching: (dir: string) => string;
        reading: string;
        changed: (files: string) => string;
        notUpdated: (errors: number) => string;
        renderFailed: (message: string) => string;
        updated: (seconds: string) => string;
        stopped: string;
        serving: (url: string) => string;
        portTaken: (port: number, next: number) => string;
        noFreePort: (port: number) => string;
        badPort: (value: string) => string;
        waiting: string;
        problems: (errors: number) => string;
    };
};
/** The watch and serve texts of a language. */
export declare function watchMessages(lang: Lang): (typeof WATCH_MESSAGES)['id'];
