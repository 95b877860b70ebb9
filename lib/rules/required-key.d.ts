/** A key the schema requires is missing. */
export declare const requiredKey: import("./rule.ts").Rule;
