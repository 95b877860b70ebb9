/** The OPD is not in the book's registry under any id, short name, full name or alias. */
export declare const opdUnknown: import("./rule.ts").Rule;
