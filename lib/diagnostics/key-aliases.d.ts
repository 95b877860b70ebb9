/**
 * Indonesian (and common English) names that people write instead of a key.
 * Used only for "did you mean", and only when the target key exists where the name was written.
 */
export declare const KEY_ALIASES: Readonly<Record<string, string>>;
/** The key an unknown key probably meant, among the keys allowed where it was written. */
export declare function suggestKey(key: string, known: readonly string[]): string | undefined;
