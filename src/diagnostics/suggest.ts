/** Levenshtein edit distance between two strings. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Loose keys already made: the same few names (dimensions, agencies, section headings)
 * come back in every file, and Unicode normalisation is the dear part. Bounded, since
 * headings and titles of a large book are mostly different.
 */
const LOOSE_KEYS = new Map<string, string>();

/** Loose form of a name for matching: lower case, no accents, single dashes for separators. */
export function looseKey(value: string): string {
  let key = LOOSE_KEYS.get(value);
  if (key === undefined) {
    if (LOOSE_KEYS.size >= 4096) LOOSE_KEYS.clear();
    LOOSE_KEYS.set(value, (key = makeLooseKey(value)));
  }
  return key;
}

/** Printable ASCII alone: nothing to decompose or strip of accents (most titles). */
const PLAIN = /^[\x20-\x7e]*$/;

function makeLooseKey(value: string): string {
  const bare = PLAIN.test(value)
    ? value
    : value
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[đĐ]/g, 'd')
        .replace(/[łŁ]/g, 'l')
        .replace(/[øØ]/g, 'o');
  return bare
    .toLowerCase()
    .trim()
    .replace(/[\s_./]+/g, '-')
    .replace(/-+/g, '-');
}

/**
 * The candidate closest to `input`, if it is close enough to be a plausible typo.
 * Candidates are [matchKey, answer] pairs so several spellings can point at one answer.
 */
export function closest(input: string, candidates: Iterable<readonly [string, string]>): string | undefined {
  const needle = looseKey(input);
  let best: { answer: string; distance: number } | undefined;
  for (const [key, answer] of candidates) {
    const hay = looseKey(key);
    const distance = editDistance(needle, hay);
    const limit = Math.max(2, Math.floor(Math.max(needle.length, hay.length) / 3));
    if (distance <= limit && (!best || distance < best.distance)) best = { answer, distance };
  }
  return best?.answer;
}
