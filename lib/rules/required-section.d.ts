/** A body section that book.yml `rules.required_sections` asks every initiative to have. */
export declare const requiredSection: import("./rule.ts").Rule;
