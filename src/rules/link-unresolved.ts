import type { Definition, Link } from 'mdast';
import { nodePosition } from '../content/markdown-doc.ts';
import { closest } from '../diagnostics/suggest.ts';
import { eachNode } from '../model/each-node.ts';
import { defineRule } from './rule.ts';

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** A `#id` link that points at no initiative or chapter of the book. */
export const linkUnresolved = defineRule<{ target: string; meant?: string }>({
  id: 'link-unresolved',
  severity: 'error',
  description: 'A `#id` link points at no initiative or chapter.',
  message: {
    id: (p) =>
      `Tautan \`#${p.target}\` tidak menuju inisiatif atau bab mana pun.` +
      (p.meant ? ` Maksud Anda \`#${p.meant}\`?` : ' Gunakan id inisiatif (nama berkasnya tanpa .md) atau id dimensi.'),
    en: (p) =>
      `The link \`#${p.target}\` points at no initiative or chapter.` +
      (p.meant ? ` Did you mean \`#${p.meant}\`?` : " Use an initiative's id (its file name without .md) or a dimension id."),
  },
  checks: {
    // Anchors of the book, and ids of initiative files that are not in it yet (their own errors say why).
    book: ({ book, refs, docs }, { report }) => {
      const anchors = new Set([...book.anchors.all, ...refs.map((r) => r.id)]);
      const pairs = [...anchors].map((a) => [a, a] as const);
      for (const doc of docs) {
        const check = (node: Link | Definition) => {
          if (!node.url.startsWith('#')) return;
          const target = decode(node.url.slice(1));
          if (target === '' || anchors.has(target)) return;
          const meant = closest(target, pairs);
          report({ target, ...(meant ? { meant } : {}) }, { file: doc.file, position: nodePosition(doc, node), target, ...(meant ? { suggestion: `#${meant}` } : {}) });
        };
        eachNode(doc.body, 'link', check);
        // A reference link (`[teks][r]` with `[r]: #id`) is checked where its target is defined.
        eachNode(doc.body, 'definition', check);
      }
    },
  },
});
