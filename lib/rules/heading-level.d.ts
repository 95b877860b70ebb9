/** A `#` heading inside a body: the title is the initiative's (or chapter's) only level-1 heading. */
export declare const headingLevel: import("./rule.ts").Rule;
