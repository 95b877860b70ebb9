import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { defineRule } from './rule.ts';
import { nodePosition, type BodyContext, type MarkdownDoc } from './markdown-doc.ts';

/** A section heading with nothing under it (guidance comments from `masterplan new` do not count). */
export const emptySection = defineRule<{ section: string }>({
  id: 'empty-section',
  severity: 'warning',
  description: 'A section heading has no text under it (e.g. a section `masterplan new` left to fill in).',
  message: {
    id: (p) => `Bagian \`${p.section}\` masih kosong. Tulis isinya di bawah judul itu, atau hapus judulnya.`,
    en: (p) => `The section \`${p.section}\` is empty. Write its text under the heading, or remove the heading.`,
  },
});

const isComment = (node: RootContent): boolean => node.type === 'html' && node.value.trim().startsWith('<!--');

/** Report each top-level heading followed by no content before the next heading of its level or above. */
export function checkEmptySections(doc: MarkdownDoc, ctx: BodyContext): void {
  const nodes = doc.body.children;
  nodes.forEach((node, i) => {
    if (node.type !== 'heading') return;
    const depth = (node as Heading).depth;
    let hasContent = false;
    for (const next of nodes.slice(i + 1)) {
      if (next.type === 'heading' && next.depth <= depth) break;
      if (!isComment(next)) hasContent = true;
    }
    if (!hasContent) ctx.reporter.report(emptySection, doc.file, nodePosition(doc, node), { section: `${'#'.repeat(depth)} ${toString(node)}` });
  });
}
