import type { Text } from 'mdast';
import type { Position } from '../diagnostics/diagnostic.ts';
import { nodePosition, type MarkdownDoc } from '../content/markdown-doc.ts';
import { eachNode } from '../model/each-node.ts';
import { defineRule } from './rule.ts';

/**
 * `![alt](path with spaces.png)`: Markdown reads no image there (a path may not hold a
 * space unless written in `<…>`), so the book would print the characters as they are.
 */
const LOOKS_LIKE_IMAGE = /!\[([^\]\n]*)\]\(([^()<>\n]*\s[^()<>\n]*)\)/g;

/** Where `offset` of a text node's value is in the file (exact while the text holds no escapes). */
function positionIn(doc: MarkdownDoc, node: Text, offset: number): Position {
  const start = nodePosition(doc, node);
  const before = node.value.slice(0, offset);
  const lines = before.split('\n');
  return lines.length === 1 ? { line: start.line, column: start.column + offset } : { line: start.line + lines.length - 1, column: lines.at(-1)!.length + 1 };
}

/** Text that looks like an image but is not one, because its path holds a space. */
export const imageSyntax = defineRule<{ written: string; fixed: string }>({
  id: 'image-syntax',
  severity: 'error',
  description: 'Text looks like an image but Markdown reads none there (a space in the path).',
  message: {
    id: (p) => `\`${p.written}\` tidak terbaca sebagai gambar karena jalurnya berisi spasi, jadi tercetak sebagai teks. Tulis \`${p.fixed}\`, atau ganti nama berkasnya tanpa spasi.`,
    en: (p) => `\`${p.written}\` is not read as an image because its path holds a space, so it prints as text. Write \`${p.fixed}\`, or rename the file without spaces.`,
  },
  checks: {
    markdown: (doc, { report }) => {
      eachNode(doc.body, 'text', (node) => {
        for (const match of node.value.matchAll(LOOKS_LIKE_IMAGE)) {
          const [written, alt, target] = match as unknown as [string, string, string];
          // A title after the path (`x.png "Judul"`) keeps its own quotes; only the path goes in <…>.
          const titled = /^(\S.*?)\s+("[^"]*"|'[^']*')$/.exec(target.trim());
          const fixed = titled ? `![${alt}](<${titled[1]}> ${titled[2]})` : `![${alt}](<${target.trim()}>)`;
          report({ written, fixed }, { position: positionIn(doc, node, match.index), suggestion: fixed });
        }
      });
    },
  },
});
