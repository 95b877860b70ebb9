/** A value has the wrong kind (text where a number is expected, and so on). */
export declare const wrongType: import("./rule.ts").Rule;
