import { closest } from "../diagnostics/suggest.js";
import { defineRule } from "./rule.js";
/** The rule names written under book.yml `rules.severity`. */
export function severityNames(data) {
    const severity = data?.rules?.severity;
    return severity && typeof severity === 'object' && !Array.isArray(severity) ? Object.keys(severity) : [];
}
/** A rule name in book.yml `rules.severity` that the check does not have. */
export const unknownRule = defineRule({
    id: 'unknown-rule',
    severity: 'warning',
    description: 'book.yml `rules.severity` names a rule that does not exist.',
    message: {
        id: (p) => `Aturan \`${p.name}\` tidak ada, jadi pengaturannya tidak berpengaruh.` + (p.meant ? ` Maksud Anda \`${p.meant}\`?` : ' Lihat daftar aturan di README.'),
        en: (p) => `There is no rule \`${p.name}\`, so this setting has no effect.` + (p.meant ? ` Did you mean \`${p.meant}\`?` : ' See the list of rules in the README.'),
    },
    checks: {
        config: ({ data, ruleIds }, { report }) => {
            for (const name of severityNames(data)) {
                if (ruleIds.has(name))
                    continue;
                const meant = closest(name, [...ruleIds].map((id) => [id, id]));
                report({ name, ...(meant ? { meant } : {}) }, { path: ['rules', 'severity', name], key: true, ...(meant ? { suggestion: meant } : {}) });
            }
        },
    },
});
