/** The languages of book labels and command messages. */
export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in every supported language, built from parameters. */
export type Localized<P> = Record<Lang, (params: P) => string>;

/** Pick a supported language from user input, or undefined. */
export function parseLang(value: unknown): Lang | undefined {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value) ? (value as Lang) : undefined;
}
