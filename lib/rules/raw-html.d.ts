/** Raw HTML is not printed in the PDF and is sanitised away in the HTML edition. */
export declare const rawHtml: import("./rule.ts").Rule;
