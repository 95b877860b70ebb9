/** A period or an initiative whose end year comes before its start year. */
export declare const periodOrder: import("./rule.ts").Rule;
