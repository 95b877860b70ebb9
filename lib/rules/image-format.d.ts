/** An image that is not PNG or JPEG (the PDF can embed only those). */
export declare const imageFormat: import("./rule.ts").Rule;
