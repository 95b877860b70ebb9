import { closest } from "../diagnostics/suggest.js";
import { showPath, showValue, valueAt } from "../diagnostics/describe.js";
import { defineRule } from "./rule.js";
/** A value outside a fixed list of choices (horizon, status, funding, paper…). */
export const invalidValue = defineRule({
    id: 'invalid-value',
    severity: 'error',
    description: 'A value is not one of the allowed choices (horizon, status, funding, paper, locale…).',
    message: {
        id: (p) => `Nilai \`${p.found}\` untuk \`${p.key}\` tidak dikenal. Pilihan yang sah: ${p.allowed}.` +
            (p.meant ? ` Maksud Anda \`${p.meant}\`?` : ''),
        en: (p) => `\`${p.found}\` is not a valid \`${p.key}\`. Allowed: ${p.allowed}.` + (p.meant ? ` Did you mean \`${p.meant}\`?` : ''),
    },
    checks: {
        schema: (subject, { report }) => {
            for (const issue of subject.issues) {
                if (issue.code !== 'invalid_value')
                    continue;
                const found = showValue(valueAt(subject.data, issue.path));
                const allowed = issue.values.map(String);
                const exact = allowed.find((v) => v.toLowerCase() === found.toLowerCase());
                const meant = exact ?? closest(found, allowed.map((v) => [v, v]));
                const params = { key: showPath(issue.path), found, allowed: allowed.join(', '), ...(meant ? { meant } : {}) };
                report(params, { path: issue.path, ...(meant ? { suggestion: meant } : {}) });
            }
        },
    },
});
