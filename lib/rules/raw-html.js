import { nodePosition } from "../content/markdown-doc.js";
import { eachNode } from "../model/each-node.js";
import { defineRule } from "./rule.js";
/** Raw HTML is not printed in the PDF and is sanitised away in the HTML edition. */
export const rawHtml = defineRule({
    id: 'raw-html',
    severity: 'warning',
    description: 'Raw HTML in Markdown is left out of the book; write Markdown instead.',
    message: {
        id: (p) => `HTML \`${p.snippet}\` tidak akan tampil di buku. Gunakan Markdown (misalnya **tebal**, daftar, tabel) sebagai gantinya.`,
        en: (p) => `The HTML \`${p.snippet}\` will not appear in the book. Use Markdown (e.g. **bold**, lists, tables) instead.`,
    },
    checks: {
        markdown: (doc, { report }) => {
            eachNode(doc.body, 'html', (node) => {
                const value = node.value.trim();
                // Comments are an accepted way to leave notes; a closing tag belongs to an opening one already reported.
                if (value.startsWith('<!--') || value.startsWith('</'))
                    return;
                const snippet = value.length > 40 ? `${value.slice(0, 37)}…` : value;
                report({ snippet: snippet.replace(/\s+/g, ' ') }, { position: nodePosition(doc, node) });
            });
        },
    },
});
