/** book.yml tries to lower a problem that keeps a file out of the book: the file would vanish without a word. */
export declare const severityFatal: import("./rule.ts").Rule;
