/** The file is not valid UTF-8 (often saved as Windows-1252 by an old word processor). */
export declare const invalidEncoding: import("./rule.ts").Rule;
