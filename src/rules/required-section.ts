import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { looseKey } from '../diagnostics/suggest.ts';
import { defineRule } from './rule.ts';

/**
 * A heading as a section name: without the numbering Indonesian documents put before it
 * (`A. Latar Belakang`, `1. Latar Belakang`, `II. Tujuan`, `b) Risiko`), compared loosely.
 */
export function sectionKey(heading: string): string {
  return looseKey(heading.replace(/^\s*(?:(?:[A-Za-z]|[IVXLC]{1,6}|\d{1,2})[.)]|\d{1,2}(?:\.\d{1,2})+\.?)\s+/, ''));
}

/** A body section that book.yml `rules.required_sections` asks every initiative to have. */
export const requiredSection = defineRule<{ section: string }>({
  id: 'required-section',
  severity: 'error',
  description: 'An initiative lacks a section that book.yml `rules.required_sections` requires.',
  message: {
    id: (p) => `Bagian wajib \`## ${p.section}\` belum ada. Tambahkan judul \`## ${p.section}\` beserta isinya.`,
    en: (p) => `The required section \`## ${p.section}\` is missing. Add a \`## ${p.section}\` heading with its text.`,
  },
  checks: {
    // Each required section that no level-2 heading of the body names.
    markdown: (doc, { report }) => {
      if (doc.kind !== 'initiative' || !doc.hasFrontmatter || doc.requiredSections.length === 0) return;
      const present = new Set(doc.body.children.filter((n): n is Heading => n.type === 'heading' && n.depth === 2).map((h) => sectionKey(toString(h))));
      for (const section of doc.requiredSections) {
        if (!present.has(sectionKey(section))) report({ section }, { position: doc.bodyStart });
      }
    },
  },
});
