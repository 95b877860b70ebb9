/** An initiative with frontmatter only: the book would show a title and facts with no explanation. */
export declare const emptyBody: import("./rule.ts").Rule;
