/** A section heading with nothing under it (guidance comments from `masterplan new` do not count). */
export declare const emptySection: import("./rule.ts").Rule;
