import { nodePosition } from "../content/markdown-doc.js";
import { eachNode } from "../model/each-node.js";
import { defineRule } from "./rule.js";
/** A `#` heading inside a body: the title is the initiative's (or chapter's) only level-1 heading. */
export const headingLevel = defineRule({
    id: 'heading-level',
    severity: 'error',
    description: 'Headings in a body start at level 2 (`##`); the title is the only level-1 heading.',
    message: {
        id: (p) => `Judul bagian \`${p.hashes}\` terlalu tinggi: judul inisiatif sudah menjadi judul tingkat 1. Mulai judul bagian dengan \`##\`.`,
        en: (p) => `The heading \`${p.hashes}\` is too high: the title is already the level-1 heading. Start section headings with \`##\`.`,
    },
    checks: {
        // A chapter's first `#` heading is its title and was taken out of its body before.
        markdown: (doc, { report }) => {
            eachNode(doc.body, 'heading', (node) => {
                if (node.depth === 1)
                    report({ hashes: '#' }, { position: nodePosition(doc, node) });
            });
        },
    },
});
