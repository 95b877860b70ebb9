/** Frontmatter in a language other than YAML; `---js` would run code, so it is refused, never evaluated. */
export declare const frontmatterLanguage: import("./rule.ts").Rule;
