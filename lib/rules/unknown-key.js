import { suggestKey } from "../diagnostics/key-aliases.js";
import { keysAt } from "../diagnostics/zod-schema-walk.js";
import { defineRule } from "./rule.js";
/** A key that the schema does not know, often an Indonesian name or a typo of a known key. */
export const unknownKey = defineRule({
    id: 'unknown-key',
    severity: 'error',
    description: 'A key is not part of the format; the key that was probably meant is suggested.',
    message: {
        id: (p) => p.meant
            ? `Kunci \`${p.key}\` tidak dikenal. Maksud Anda \`${p.meant}\`? Ganti namanya menjadi \`${p.meant}\`.`
            : `Kunci \`${p.key}\` tidak dikenal. Kunci yang boleh dipakai: ${p.known}. Hapus atau ganti namanya.`,
        en: (p) => p.meant
            ? `Unknown key \`${p.key}\`. Did you mean \`${p.meant}\`? Rename it to \`${p.meant}\`.`
            : `Unknown key \`${p.key}\`. Allowed keys: ${p.known}. Remove or rename it.`,
    },
    checks: {
        schema: (subject, { report }) => {
            for (const issue of subject.issues) {
                if (issue.code !== 'unrecognized_keys')
                    continue;
                const known = keysAt(subject.schema, issue.path);
                for (const key of issue.keys) {
                    const meant = suggestKey(key, known);
                    report({ key, known: known.join(', '), ...(meant ? { meant } : {}) }, { path: [...issue.path, key], key: true, ...(meant ? { suggestion: meant } : {}) });
                }
            }
        },
    },
});
