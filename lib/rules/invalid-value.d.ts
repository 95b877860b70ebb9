/** A value outside a fixed list of choices (horizon, status, funding, paper…). */
export declare const invalidValue: import("./rule.ts").Rule;
