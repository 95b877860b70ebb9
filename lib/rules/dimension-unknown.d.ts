/** The dimension is not one of the six; the nearest one is suggested. */
export declare const dimensionUnknown: import("./rule.ts").Rule;
