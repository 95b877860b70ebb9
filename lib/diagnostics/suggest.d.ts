/** Levenshtein edit distance between two strings. */
export declare function editDistance(a: string, b: string): number;
/** Loose form of a name for matching: lower case, no accents, single dashes for separators. */
export declare function looseKey(value: string): string;
/**
 * The candidate closest to `input`, if it is close enough to be a plausible typo.
 * Candidates are [matchKey, answer] pairs so several spellings can point at one answer.
 */
export declare function closest(input: string, candidates: Iterable<readonly [string, string]>): string | undefined;
