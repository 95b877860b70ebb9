/** The rule names written under book.yml `rules.severity`. */
export declare function severityNames(data: unknown): string[];
/** A rule name in book.yml `rules.severity` that the check does not have. */
export declare const unknownRule: import("./rule.ts").Rule;
