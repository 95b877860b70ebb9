/** YAML that cannot be read: bad indentation, a missing colon, a duplicate key. */
export declare const yamlSyntax: import("./rule.ts").Rule;
