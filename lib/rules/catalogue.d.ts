import type { Rule } from './rule.ts';
/** Every rule of the check, sorted by id: the source for SARIF rule lists, docs and config validation. */
export declare const RULES: readonly Rule[];
/** Rule ids, for lookups. */
export declare const RULE_IDS: ReadonlySet<string>;
/** Ids of the rules whose problems always keep a file out of the book: book.yml cannot lower them. */
export declare const FATAL_RULE_IDS: ReadonlySet<string>;
