/** The languages of book labels and command messages. */
export const LANGS = ['id', 'en'];
/** Pick a supported language from user input, or undefined. */
export function parseLang(value) {
    return typeof value === 'string' && LANGS.includes(value) ? value : undefined;
}
