/** Characters the body face is known to draw (checked by a test against the coverage table). */
export declare const PLAIN_LATIN: RegExp;
/** A character the embedded fonts cannot draw: it would print as an empty box. */
export declare const glyphMissing: import("./rule.ts").Rule;
