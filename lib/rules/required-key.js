import { showPath } from "../diagnostics/describe.js";
import { exampleOf } from "../diagnostics/examples.js";
import { isMissing, meantPaths } from "../content/schema-issues.js";
import { defineRule } from "./rule.js";
/** A key the schema requires is missing. */
export const requiredKey = defineRule({
    id: 'required-key',
    severity: 'error',
    fatal: 'identity',
    description: 'A required key (title, dimension, opd; city, title, period in book.yml) is missing.',
    message: {
        id: (p) => `Kunci wajib \`${p.key}\` tidak ada. Tambahkan baris \`${p.line}\`.`,
        en: (p) => `Required key \`${p.key}\` is missing. Add a line \`${p.line}\`.`,
    },
    checks: {
        schema: (subject, { report }) => {
            const meant = meantPaths(subject);
            for (const issue of subject.issues) {
                if (issue.code !== 'invalid_type' || meant.has(JSON.stringify(issue.path)) || !isMissing(subject, issue.path))
                    continue;
                const key = String(issue.path[issue.path.length - 1]);
                report({ key: showPath(issue.path), line: `${key}: ${exampleOf(key, subject.examples) ?? '…'}` }, { path: issue.path.slice(0, -1), key: true });
            }
        },
    },
});
