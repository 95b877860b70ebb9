/** A Markdown file where the book does not look for one: it would otherwise be silently left out. */
export declare const strayFile: import("./rule.ts").Rule;
