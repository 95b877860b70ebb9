/** Two registry entries share an id or a name, so a reference to it would be ambiguous. */
export declare const opdDuplicate: import("./rule.ts").Rule;
