import type { Nodes } from 'mdast';
import { nodePosition } from '../content/markdown-doc.ts';
import { defineRule } from './rule.ts';

/** How deep quotes, lists and emphasis may nest: deeper does not fit the page, and a renderer could run out of stack. */
export const MAX_NESTING = 12;

/** The nodes that nest: each puts its content one level deeper (and further in on the page). */
const NESTING = new Set<Nodes['type']>(['blockquote', 'list', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'footnoteDefinition']);

/** Quotes, lists or emphasis nested deeper than the page and the renderers allow. */
export const nestingDepth = defineRule<{ max: number }>({
  id: 'nesting-depth',
  severity: 'error',
  fatal: 'always',
  description: `Quotes, lists or emphasis nest more than ${MAX_NESTING} levels deep.`,
  message: {
    id: (p) => `Kutipan, daftar atau penekanan bersarang lebih dari ${p.max} tingkat, lebih dalam dari yang muat di halaman. Kurangi tanda \`>\`, \`*\` atau indentasi daftar di sini.`,
    en: (p) => `Quotes, lists or emphasis nest more than ${p.max} levels deep, deeper than fits the page. Remove some \`>\`, \`*\` or list indentation here.`,
  },
  checks: {
    markdown: (doc, { report }) => {
      // Walked with an explicit stack: the tree being judged may be too deep to recurse.
      const stack: { node: Nodes; depth: number }[] = [{ node: doc.body, depth: 0 }];
      while (stack.length > 0) {
        const { node, depth } = stack.pop()!;
        const here = NESTING.has(node.type) ? depth + 1 : depth;
        if (here > MAX_NESTING) {
          report({ max: MAX_NESTING }, { position: nodePosition(doc, node) });
          return;
        }
        if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, depth: here });
      }
    },
  },
});
