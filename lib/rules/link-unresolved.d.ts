/** A `#id` link that points at no initiative or chapter of the book. */
export declare const linkUnresolved: import("./rule.ts").Rule;
