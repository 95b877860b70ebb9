import { createRequire } from 'node:module';
import type { Lang } from '../../../i18n/lang.ts';

/** The syllables of a word where it may break with a hyphen; one piece when it may not. */
export type Hyphenate = (word: string) => string[];

interface HyphenModule {
  hyphenateSync(text: string, options?: { minWordLength?: number }): string;
}

const require = createRequire(import.meta.url);
const cache = new Map<Lang, Hyphenate>();

/** A word the patterns may split: letters only (no digits, codes, addresses), not an acronym. */
const SPLITTABLE = /^\p{Ll}[\p{L}\p{M}]{5,}$|^\p{Lu}\p{Ll}[\p{L}\p{M}]{4,}$/u;
/** Leading and trailing punctuation, kept on the first and last syllable. */
const EDGES = /^([^\p{L}]*)(.*?)([^\p{L}]*)$/su;

/**
 * Hyphenation by the TeX patterns of the book's language (Indonesian, or US English for
 * `locale: en`), as the `hyphen` package ships them. At least two letters stay before a
 * break and two after it (three in English, as TeX's \righthyphenmin); numbers, codes, addresses and acronyms are never split.
 */
export function hyphenator(lang: Lang): Hyphenate {
  const known = cache.get(lang);
  if (known) return known;
  const patterns = require(lang === 'en' ? 'hyphen/en-us' : 'hyphen/id') as HyphenModule;
  const rightMin = lang === 'en' ? 3 : 2;
  const memo = new Map<string, string[]>();
  const split: Hyphenate = (token) => {
    const hit = memo.get(token);
    if (hit) return hit;
    const [, lead = '', core = '', trail = ''] = EDGES.exec(token) ?? [];
    let parts = [token];
    if (SPLITTABLE.test(core)) {
      const syllables = patterns.hyphenateSync(core, { minWordLength: 6 }).split('\u00ad');
      // Join syllables that would leave fewer than two letters before a break or fewer than `rightMin` after it.
      while (syllables.length > 1 && syllables[0]!.length < 2) syllables.splice(0, 2, syllables[0]! + syllables[1]!);
      while (syllables.length > 1 && syllables.at(-1)!.length < rightMin) syllables.splice(-2, 2, syllables.at(-2)! + syllables.at(-1)!);
      if (syllables.length > 1) parts = syllables.map((s, i) => (i === 0 ? lead + s : i === syllables.length - 1 ? s + trail : s));
    }
    memo.set(token, parts);
    return parts;
  };
  cache.set(lang, split);
  return split;
}
