import { defineRule } from "./rule.js";
/** An initiative with frontmatter only: the book would show a title and facts with no explanation. */
export const emptyBody = defineRule({
    id: 'empty-body',
    severity: 'warning',
    description: 'An initiative has no text after its frontmatter.',
    message: {
        id: () => 'Inisiatif ini belum berisi uraian. Tulis setidaknya bagian `## Latar Belakang` dan `## Tujuan` setelah frontmatter.',
        en: () => 'This initiative has no text yet. Write at least `## Latar Belakang` and `## Tujuan` after the frontmatter.',
    },
    checks: {
        // Nothing in the body but comments.
        markdown: (doc, { report }) => {
            if (doc.kind !== 'initiative' || !doc.hasFrontmatter)
                return;
            const empty = doc.body.children.every((n) => n.type === 'html' && n.value.trim().startsWith('<!--'));
            if (empty)
                report({}, { position: doc.bodyStart });
        },
    },
});
