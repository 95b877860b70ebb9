import { toString } from 'mdast-util-to-string';
import { looseKey } from "../diagnostics/suggest.js";
import { defineRule } from "./rule.js";
/** A body section that book.yml `rules.required_sections` asks every initiative to have. */
export const requiredSection = defineRule({
    id: 'required-section',
    severity: 'error',
    description: 'An initiative lacks a section that book.yml `rules.required_sections` requires.',
    message: {
        id: (p) => `Bagian wajib \`## ${p.section}\` belum ada. Tambahkan judul \`## ${p.section}\` beserta isinya.`,
        en: (p) => `The required section \`## ${p.section}\` is missing. Add a \`## ${p.section}\` heading with its text.`,
    },
    checks: {
        // Each required section that no level-2 heading of the body names.
        markdown: (doc, { report }) => {
            if (doc.kind !== 'initiative' || !doc.hasFrontmatter || doc.requiredSections.length === 0)
                return;
            const present = new Set(doc.body.children.filter((n) => n.type === 'heading' && n.depth === 2).map((h) => looseKey(toString(h))));
            for (const section of doc.requiredSections) {
                if (!present.has(looseKey(section)))
                    report({ section }, { position: doc.bodyStart });
            }
        },
    },
});
