import { createHash } from 'node:crypto';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Formatter } from './format.ts';

/**
 * The same problem keeps the same fingerprint from run to run, so GitLab can tell new
 * findings of a merge request from old ones.
 */
export function fingerprint(d: Diagnostic): string {
  return createHash('md5').update([d.file, d.line, d.column, d.rule, d.message].join('\0')).digest('hex');
}

function issue(d: Diagnostic) {
  return {
    description: d.message,
    check_name: d.rule,
    fingerprint: fingerprint(d),
    severity: d.severity === 'error' ? 'major' : 'minor',
    location: { path: d.file, lines: { begin: d.line } },
  };
}

/** GitLab Code Quality JSON: one issue per diagnostic, shown in the merge request widget. */
export const gitlab: Formatter = (input) => `${JSON.stringify(input.diagnostics.map(issue), null, 2)}\n`;
