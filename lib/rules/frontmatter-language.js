import { defineRule } from "./rule.js";
/** Frontmatter in a language other than YAML; `---js` would run code, so it is refused, never evaluated. */
export const frontmatterLanguage = defineRule({
    id: 'frontmatter-language',
    severity: 'error',
    fatal: 'always',
    description: 'Frontmatter must be YAML; `---js` and other languages are refused and never run.',
    message: {
        id: (p) => `Frontmatter \`---${p.language}\` tidak diizinkan: hanya YAML yang dibaca, kode tidak pernah dijalankan. Ganti baris pertama menjadi \`---\` dan tulis isinya sebagai YAML.`,
        en: (p) => `Frontmatter \`---${p.language}\` is not allowed: only YAML is read and code is never run. Change the first line to \`---\` and write the content as YAML.`,
    },
    checks: {
        parsed: ({ failure }, { report }) => {
            if (failure?.kind === 'language')
                report({ language: failure.language }, { position: { line: 1, column: 4 } });
        },
    },
});
