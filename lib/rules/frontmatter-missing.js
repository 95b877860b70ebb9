import { defineRule } from "./rule.js";
/** An initiative without a frontmatter block, or one that is never closed. */
export const frontmatterMissing = defineRule({
    id: 'frontmatter-missing',
    severity: 'error',
    fatal: 'always',
    description: 'An initiative needs a frontmatter block between two `---` lines.',
    message: {
        id: (p) => p.unclosed
            ? 'Frontmatter dibuka dengan `---` tetapi tidak pernah ditutup. Tambahkan baris `---` setelah kunci terakhir.'
            : 'Berkas inisiatif harus diawali frontmatter: baris `---`, lalu `title:`, `dimension:` dan `opd:`, lalu `---`.',
        en: (p) => p.unclosed
            ? 'The frontmatter opens with `---` but is never closed. Add a `---` line after the last key.'
            : 'An initiative file must start with frontmatter: a `---` line, then `title:`, `dimension:` and `opd:`, then `---`.',
    },
    checks: {
        parsed: ({ failure, frontmatter, kind }, { report }) => {
            if (failure?.kind === 'unclosed')
                report({ unclosed: true });
            else if (!failure && !frontmatter && kind === 'initiative')
                report({ unclosed: false });
        },
    },
});
