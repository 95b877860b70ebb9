import { defineRule } from "./rule.js";
/** book.yml tries to lower a problem that keeps a file out of the book: the file would vanish without a word. */
export const severityFatal = defineRule({
    id: 'severity-fatal',
    severity: 'error',
    description: 'book.yml `rules.severity` lowers a rule whose problems keep a file out of the book; such problems are always errors.',
    message: {
        id: (p) => `Aturan \`${p.name}\` tidak dapat dijadikan \`${p.severity}\`: berkas dengan masalah ini tidak dapat masuk buku, jadi masalahnya selalu kesalahan. Hapus baris ini dan perbaiki berkasnya.`,
        en: (p) => `The rule \`${p.name}\` cannot be set to \`${p.severity}\`: a file with this problem cannot be placed in the book, so it is always an error. Remove this line and fix the file.`,
    },
    checks: {
        config: ({ data, fatalRuleIds }, { report }) => {
            const severity = data?.rules?.severity;
            if (!severity || typeof severity !== 'object')
                return;
            for (const [name, value] of Object.entries(severity)) {
                if (fatalRuleIds.has(name) && (value === 'warning' || value === 'off'))
                    report({ name, severity: value }, { path: ['rules', 'severity', name] });
            }
        },
    },
});
