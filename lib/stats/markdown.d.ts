import type { StatsFormatter } from './format.ts';
/** GitHub-flavoured Markdown: for a pull-request comment, an issue or `$GITHUB_STEP_SUMMARY`. */
export declare const markdown: StatsFormatter;
