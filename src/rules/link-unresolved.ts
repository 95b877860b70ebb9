import { closest } from '../diagnostics/suggest.ts';
import { eachNode } from '../model/each-node.ts';
import { defineRule } from './rule.ts';
import { nodePosition, type MarkdownDoc } from './markdown-doc.ts';
import type { Reporter } from './rule.ts';

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
});

/** Report `#…` links whose target is not among the book's anchors. */
export function checkLinks(docs: readonly MarkdownDoc[], anchors: ReadonlySet<string>, reporter: Reporter): void {
  const pairs = [...anchors].map((a) => [a, a] as const);
  for (const doc of docs) {
    eachNode(doc.body, 'link', (node) => {
      if (!node.url.startsWith('#')) return;
      const target = decodeURIComponent(node.url.slice(1));
      if (target === '' || anchors.has(target)) return;
      const meant = closest(target, pairs);
      reporter.report(linkUnresolved, doc.file, nodePosition(doc, node), { target, ...(meant ? { meant } : {}) }, meant ? `#${meant}` : undefined);
    });
  }
}
