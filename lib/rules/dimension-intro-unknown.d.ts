/** A file in dimensions/ whose name is not a dimension id. */
export declare const dimensionIntroUnknown: import("./rule.ts").Rule;
