import { toString } from 'mdast-util-to-string';
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

/** Report a body with no visible text and no images. */
export function checkEmptyBody(doc: MarkdownDoc, ctx: BodyContext): void {
  const hasImage = JSON.stringify(doc.body).includes('"type":"image"');
  if (toString(doc.body).trim() === '' && !hasImage) ctx.reporter.report(emptyBody, doc.file, doc.bodyStart, {});
}
