/** An initiative without a frontmatter block, or one that is never closed. */
export declare const frontmatterMissing: import("./rule.ts").Rule;
