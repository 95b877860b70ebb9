/** An image without alt text: screen readers cannot describe it and the PDF has no caption. */
export declare const imageAlt: import("./rule.ts").Rule;
