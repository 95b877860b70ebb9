import type { Formatter } from './format.ts';
/** GitHub's escaping for the data of a workflow command (the text after `::`). */
export declare function escapeData(text: string): string;
/** GitHub's escaping for a property value (`file=`, `title=`): data escaping plus `:` and `,`. */
export declare function escapeProperty(text: string): string;
/**
 * GitHub Actions workflow commands: one `::error`/`::warning` annotation per diagnostic,
 * then a plain summary line for whoever reads the log.
 */
export declare const github: Formatter;
/**
 * The Markdown for `$GITHUB_STEP_SUMMARY`: every result in one table, because a pull
 * request shows only the first 10 annotations of a step. Pure: the check command appends it.
 */
export declare const githubStepSummary: Formatter;
