import { createHash } from 'node:crypto';
/**
 * The same problem keeps the same fingerprint from run to run, so GitLab can tell new
 * findings of a merge request from old ones.
 */
export function fingerprint(d) {
    return createHash('md5').update([d.file, d.line, d.column, d.rule, d.message].join('\0')).digest('hex');
}
function issue(d) {
    return {
        description: d.message,
        check_name: d.rule,
        fingerprint: fingerprint(d),
        severity: d.severity === 'error' ? 'major' : 'minor',
        location: { path: d.file, lines: { begin: d.line } },
    };
}
/** GitLab Code Quality JSON: one issue per diagnostic, shown in the merge request widget. */
export const gitlab = (input) => `${JSON.stringify(input.diagnostics.map(issue), null, 2)}\n`;
