/** The languages of book labels and command messages. */
export declare const LANGS: readonly ["id", "en"];
export type Lang = (typeof LANGS)[number];
/** A text in every supported language, built from parameters. */
export type Localized<P> = Record<Lang, (params: P) => string>;
/** Pick a supported language from user input, or undefined. */
export declare function parseLang(value: unknown): Lang | undefined;
