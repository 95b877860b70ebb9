/** Longest id `slugify` makes, so file names stay readable in a file list. */
export declare const MAX_SLUG_LENGTH = 60;
/**
 * An id for a title: lower case, accents stripped, words joined by single dashes
 * ("Jum'at Bersih & Sehat" → "jumat-bersih-dan-sehat"). Apostrophes join, `&` reads
 * as "dan" (or "and"); long titles are cut at a word boundary. Empty when the title
 * has no letters or digits.
 */
export declare function slugify(title: string, lang?: 'id' | 'en'): string;
/** Lower-case ids with single dashes: initiatives, OPDs, elements and every anchor of the book. */
export declare const SLUG: RegExp;
/** An initiative's id and where it came from. */
export interface InitiativeId {
    id: string;
    /** `id` when `id:` gave it, `file` when the file name did. */
    from: 'id' | 'file';
    /** False when what was written (`id:`, else the file name) is not a valid id and `id` was made from it. */
    valid: boolean;
}
/**
 * The one id rule of the book: `id:` when it is a valid id; else the file name without
 * `.md`; a written form that is not a valid id is made into one ("Tanjak App" → tanjak-app),
 * so every initiative has an id even while the check asks for a better one.
 */
export declare function initiativeId(written: unknown, fileName: string): InitiativeId;
