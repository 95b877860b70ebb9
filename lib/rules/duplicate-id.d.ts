/** Two initiatives share an id; each file is told where the other one is. */
export declare const duplicateId: import("./rule.ts").Rule;
