/** An image path that points at no file. */
export declare const imageMissing: import("./rule.ts").Rule;
