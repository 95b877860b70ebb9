/** A Markdown file that cannot be read: a broken link or missing permission. */
export declare const fileUnreadable: import("./rule.ts").Rule;
