/** Letters that Unicode does not decompose into a base letter plus accents. */
const SPECIAL: Record<string, string> = {
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
export function slugify(title: string, lang: 'id' | 'en' = 'id'): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[ßæœøđðłıþŋ]/g, (c) => SPECIAL[c] ?? c)
    .replace(/&/g, lang === 'id' ? ' dan ' : ' and ')
    .replace(/['’`ʼ]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (base.length <= MAX_SLUG_LENGTH) return base;
  const cut = base.slice(0, MAX_SLUG_LENGTH + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 0 ? cut.slice(0, lastDash) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '');
}
