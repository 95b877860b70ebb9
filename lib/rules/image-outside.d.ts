/** An image outside the book project or on the internet: the book must build offline from its own files. */
export declare const imageOutside: import("./rule.ts").Rule;
