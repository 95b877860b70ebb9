/** A key that the schema does not know, often an Indonesian name or a typo of a known key. */
export declare const unknownKey: import("./rule.ts").Rule;
