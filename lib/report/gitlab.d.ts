import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Formatter } from './format.ts';
/**
 * The same problem keeps the same fingerprint from run to run, so GitLab can tell new
 * findings of a merge request from old ones.
 */
export declare function fingerprint(d: Diagnostic): string;
/** GitLab Code Quality JSON: one issue per diagnostic, shown in the merge request widget. */
export declare const gitlab: Formatter;
