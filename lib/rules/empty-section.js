import { toString } from 'mdast-util-to-string';
import { nodePosition } from "../content/markdown-doc.js";
import { defineRule } from "./rule.js";
const isComment = (node) => node.type === 'html' && node.value.trim().startsWith('<!--');
/** Whether anything but comments follows a heading before the next heading of its level or above. */
function hasContent(nodes, from, depth) {
    for (const next of nodes.slice(from + 1)) {
        if (next.type === 'heading' && next.depth <= depth)
            return false;
        if (!isComment(next))
            return true;
    }
    return false;
}
/** A section heading with nothing under it (guidance comments from `masterplan new` do not count). */
export const emptySection = defineRule({
    id: 'empty-section',
    severity: 'warning',
    description: 'A section heading has no text under it (e.g. a section `masterplan new` left to fill in).',
    message: {
        id: (p) => `Bagian \`${p.section}\` masih kosong. Tulis isinya di bawah judul itu, atau hapus judulnya.`,
        en: (p) => `The section \`${p.section}\` is empty. Write its text under the heading, or remove the heading.`,
    },
    checks: {
        markdown: (doc, { report }) => {
            if (doc.kind !== 'initiative' || !doc.hasFrontmatter)
                return;
            doc.body.children.forEach((node, i) => {
                if (node.type !== 'heading')
                    return;
                const depth = node.depth;
                if (!hasContent(doc.body.children, i, depth))
                    report({ section: `${'#'.repeat(depth)} ${toString(node)}` }, { position: nodePosition(doc, node) });
            });
        },
    },
});
