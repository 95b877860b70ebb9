import { defineRule } from './rule.ts';

/** A table whose numbers and syllables do not fit even a landscape page at 8 pt: the layout cuts them. */
export const tableTooWide = defineRule<Record<string, never>>({
  id: 'table-too-wide',
  severity: 'warning',
  description: 'A table is too wide even for a landscape page at 8 pt, so numbers or words in it are cut (found by build).',
  message: {
    id: () => 'Tabel terlalu lebar untuk halaman, bahkan pada halaman mendatar dengan huruf 8 pt: angka atau kata di dalamnya terpotong. Bagi tabel menjadi dua, kurangi kolomnya, atau persingkat isi selnya.',
    en: () => 'The table is too wide for the page, even on a landscape page at 8 pt: numbers or words in it are cut. Split the table in two, drop columns, or shorten its cells.',
  },
  checks: {
    layout: ({ problem, position }, { report }) => {
      if (problem === 'table-too-wide') report({}, { position });
    },
  },
});
