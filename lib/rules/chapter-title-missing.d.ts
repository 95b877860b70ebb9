/** A front or back chapter with neither a `title:` nor a `#` heading. */
export declare const chapterTitleMissing: import("./rule.ts").Rule;
