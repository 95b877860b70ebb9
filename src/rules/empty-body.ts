import { defineRule } from './rule.ts';
import type { BodyContext, MarkdownDoc } from './markdown-doc.ts';

/** An initiative with frontmatter only: the book would show a title and facts with no explanation. */
export const emptyBody = defineRule<Record<string, never>>({
  id: 'empty-body',
  severity: 'warning',
  description: 'An initiative has no text after its frontmatter.',
  message: {
    id: () => 'Inisiatif ini belum berisi uraian. Tulis setidaknya bagian `## Latar Belakang` dan `## Tujuan` setelah frontmatter.',
    en: () => 'This initiative has no text yet. Write at least `## Latar Belakang` and `## Tujuan` after the frontmatter.',
  },
});

/** Report a body with nothing in it but comments. */
export function checkEmptyBody(doc: MarkdownDoc, ctx: BodyContext): void {
  const empty = doc.body.children.every((n) => n.type === 'html' && n.value.trim().startsWith('<!--'));
  if (empty) ctx.reporter.report(emptyBody, doc.file, doc.bodyStart, {});
}
