import { showPath, showValue, valueAt } from "../diagnostics/describe.js";
import { defineRule } from "./rule.js";
function expectation(issue, lang) {
    const small = issue.code === 'too_small';
    const limit = small ? issue.minimum : issue.maximum;
    if (issue.origin === 'string')
        return lang === 'id' ? 'tidak boleh kosong' : 'must not be empty';
    if (issue.origin === 'array')
        return lang === 'id' ? `paling sedikit ${limit} isi` : `at least ${limit} item(s)`;
    if (small)
        return lang === 'id' ? `paling kecil ${limit}` : `at least ${limit}`;
    return lang === 'id' ? `paling besar ${limit}` : `at most ${limit}`;
}
/** A number or text outside its allowed range: negative budget, empty title, year 20190. */
export const outOfRange = defineRule({
    id: 'out-of-range',
    severity: 'error',
    fatal: 'identity',
    description: 'A value is outside its range: a negative budget, an empty text, an impossible year.',
    message: {
        id: (p) => `Nilai \`${p.key}\` (${p.found}) di luar batas: ${p.expected}.`,
        en: (p) => `\`${p.key}\` (${p.found}) is out of range: ${p.expected}.`,
    },
    checks: {
        schema: (subject, { report, lang }) => {
            for (const issue of subject.issues) {
                if (issue.code !== 'too_small' && issue.code !== 'too_big')
                    continue;
                const found = showValue(valueAt(subject.data, issue.path)) || '""';
                report({ key: showPath(issue.path), found, expected: expectation(issue, lang) }, { path: issue.path });
            }
        },
    },
});
