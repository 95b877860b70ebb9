/** A text value in the wrong shape: an id with capitals or spaces, a date not written YYYY-MM-DD. */
export declare const invalidFormat: import("./rule.ts").Rule;
