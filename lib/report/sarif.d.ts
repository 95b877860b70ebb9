import type { Rule } from '../rules/rule.ts';
import type { Formatter } from './format.ts';
/** What SARIF needs to know of a rule for `tool.driver.rules`. */
export type RuleDescriptor = Pick<Rule, 'id' | 'severity' | 'description'>;
/** A relative path as a URI reference: each segment percent-encoded, `/` kept. */
export declare function pathToUri(file: string): string;
/**
 * A SARIF 2.1.0 formatter whose rule table lists `rules`; results point at paths
 * relative to `%SRCROOT%` (the repository), as code-scanning uploads expect.
 */
export declare function createSarif(rules: readonly RuleDescriptor[]): Formatter;
/** SARIF 2.1.0 with every rule of the catalogue (for GitHub code scanning and other SARIF viewers). */
export declare const sarif: Formatter;
