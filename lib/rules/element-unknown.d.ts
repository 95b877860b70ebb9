/** The element does not belong to the initiative's dimension. */
export declare const elementUnknown: import("./rule.ts").Rule;
