/** Letters that Unicode does not decompose into a base letter plus accents. */
const SPECIAL = {
    ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', ı: 'i', þ: 'th', ŋ: 'ng',
};
/** Longest id `slugify` makes, so file names stay readable in a file list. */
export const MAX_SLUG_LENGTH = 60;
/**
 * An id for a title: lower case, accents stripped, words joined by single dashes
 * ("Jum'at Bersih & Sehat" → "jumat-bersih-dan-sehat"). Apostrophes join, `&` reads
 * as "dan" (or "and"); long titles are cut at a word boundary. Empty when the title
 * has no letters or digits.
 */
export function slugify(title, lang = 'id') {
    const base = title
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[ßæœøđðłıþŋ]/g, (c) => SPECIAL[c] ?? c)
        .replace(/&/g, lang === 'id' ? ' dan ' : ' and ')
        .replace(/['’`ʼ]/g, '')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    if (base.length <= MAX_SLUG_LENGTH)
        return base;
    const cut = base.slice(0, MAX_SLUG_LENGTH + 1);
    const lastDash = cut.lastIndexOf('-');
    return (lastDash > 0 ? cut.slice(0, lastDash) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '');
}
/** Lower-case ids with single dashes: initiatives, OPDs, elements and every anchor of the book. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/**
 * The one id rule of the book: `id:` when it is a valid id; else the file name without
 * `.md`; a written form that is not a valid id is made into one ("Tanjak App" → tanjak-app),
 * so every initiative has an id even while the check asks for a better one.
 */
export function initiativeId(written, fileName) {
    if (typeof written === 'string' && written.trim() !== '') {
        if (SLUG.test(written))
            return { id: written, from: 'id', valid: true };
        const made = slugify(written);
        if (made)
            return { id: made, from: 'id', valid: false };
    }
    const base = fileName.replace(/\.md$/i, '');
    if (SLUG.test(base))
        return { id: base, from: 'file', valid: true };
    return { id: slugify(base) || 'inisiatif', from: 'file', valid: false };
}
