/** Two initiatives with the same title: often the same programme proposed by two agencies. */
export declare const duplicateTitle: import("./rule.ts").Rule;
