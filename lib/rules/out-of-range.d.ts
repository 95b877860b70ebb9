/** A number or text outside its allowed range: negative budget, empty title, year 20190. */
export declare const outOfRange: import("./rule.ts").Rule;
