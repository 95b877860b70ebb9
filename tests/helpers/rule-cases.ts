import { initiative, SMALL_BOOK_YML } from './cli.ts';
import { UNREADABLE } from './subjects.ts';

/** Files of an in-memory book, relative to `content/`. */
export type Files = Record<string, string | Buffer | typeof UNREADABLE>;
/** Where a diagnostic points: file (under content/), line, column. */
export type Spot = [file: string, line: number, column: number];

/** A rule's case: files it must find nothing in, files it must report at exactly these places. */
export interface Case {
  good: Files;
  bad: Files;
  at: Spot[];
}

const dims = ['smart-governance', 'smart-branding', 'smart-economy', 'smart-living', 'smart-society', 'smart-environment'];
/** The small book.yml with lines added. */
export const yml = (extra: string): string => `${SMALL_BOOK_YML}${extra}`;
const ok = initiative('Baik');

/** In-memory books for every rule that reads files (the image rules are given their subjects directly, below). */
export const CASES: Record<string, Case> = {
  'chapter-title-missing': { good: { 'front/01-sambutan.md': '# Sambutan\n\nTeks.\n' }, bad: { 'front/01-sambutan.md': 'Teks tanpa judul.\n' }, at: [['front/01-sambutan.md', 1, 1]] },
  'dimension-intro-unknown': { good: { 'dimensions/smart-living.md': 'Pengantar.\n' }, bad: { 'dimensions/smart-livng.md': 'Pengantar.\n' }, at: [['dimensions/smart-livng.md', 1, 1]] },
  'dimension-unknown': {
    good: { 'initiatives/a.md': ok },
    bad: { 'initiatives/a.md': '---\ntitle: A\ndimension: smart goverment\nopd: diskominfo\n---\nTeks.\n' },
    at: [['initiatives/a.md', 3, 12]],
  },
  'duplicate-id': {
    good: { 'initiatives/a/tanjak.md': ok, 'initiatives/b/lain.md': initiative('Lain') },
    bad: { 'initiatives/a/tanjak.md': ok, 'initiatives/b/lain.md': initiative('Lain', 'id: tanjak\n') },
    at: [['initiatives/a/tanjak.md', 1, 1], ['initiatives/b/lain.md', 5, 5]],
  },
  'duplicate-title': { good: { 'initiatives/a.md': ok, 'initiatives/b.md': initiative('Lain') }, bad: { 'initiatives/a.md': ok, 'initiatives/b.md': ok }, at: [['initiatives/a.md', 2, 8], ['initiatives/b.md', 2, 8]] },
  'element-unknown': { good: { 'initiatives/a.md': initiative('A', 'element: pelayanan\n') }, bad: { 'initiatives/a.md': initiative('A', 'element: pariwisata\n') }, at: [['initiatives/a.md', 5, 10]] },
  'empty-body': { good: { 'initiatives/a.md': ok }, bad: { 'initiatives/a.md': initiative('A', '', '<!-- isi nanti -->\n') }, at: [['initiatives/a.md', 6, 1]] },
  'empty-section': { good: { 'initiatives/a.md': ok }, bad: { 'initiatives/a.md': initiative('A', '', '## Latar Belakang\n\n## Tujuan\n\nTeks.\n') }, at: [['initiatives/a.md', 6, 1]] },
  'file-unreadable': { good: { 'initiatives/a.md': ok }, bad: { 'initiatives/a.md': UNREADABLE }, at: [['initiatives/a.md', 1, 1]] },
  'frontmatter-language': { good: { 'initiatives/a.md': ok }, bad: { 'initiatives/a.md': '---js\n({ title: "A" })\n---\nTeks.\n' }, at: [['initiatives/a.md', 1, 4]] },
  'frontmatter-missing': { good: { 'initiatives/a.md': ok }, bad: { 'initiatives/a.md': 'Tanpa frontmatter.\n', 'initiatives/b.md': '---\ntitle: B\n' }, at: [['initiatives/a.md', 1, 1], ['initiatives/b.md', 1, 1]] },
  'glyph-missing': { good: { 'initiatives/a.md': initiative('Café Đặng') }, bad: { 'initiatives/a.md': initiative('A', '', 'Senang 😀 sekali.\n') }, at: [['initiatives/a.md', 6, 8]] },
  'heading-level': { good: { 'initiatives/a.md': ok }, bad: { 'initiatives/a.md': initiative('A', '', '# Judul Lagi\n\nTeks.\n') }, at: [['initiatives/a.md', 6, 1]] },
  'invalid-encoding': { good: { 'initiatives/a.md': ok }, bad: { 'initiatives/a.md': Buffer.concat([Buffer.from('---\ntitle: caf'), Buffer.from([0xe9]), Buffer.from('\n---\n')]) }, at: [['initiatives/a.md', 2, 11]] },
  'invalid-format': {
    good: { 'initiatives/a.md': initiative('A', 'id: tanjak\n') },
    bad: { 'initiatives/a.md': initiative('A', 'id: Tanjak App\n'), 'initiatives/Tanjak Lama.md': initiative('B'), 'book.yml': yml('date: 30-07-2019\n') },
    at: [['book.yml', 12, 7], ['initiatives/Tanjak Lama.md', 1, 1], ['initiatives/a.md', 5, 5]],
  },
  'invalid-value': { good: { 'initiatives/a.md': initiative('A', 'horizon: pendek\n') }, bad: { 'initiatives/a.md': initiative('A', 'horizon: pendk\n') }, at: [['initiatives/a.md', 5, 10]] },
  'file-name': { good: { 'initiatives/a.md': ok }, bad: { 'initiatives/a.md': ok, 'initiatives/b.md.txt': ok, 'initiatives/C.MD': ok }, at: [['initiatives/C.MD', 1, 1], ['initiatives/b.md.txt', 1, 1]] },
  'image-syntax': { good: { 'initiatives/a.md': initiative('A', '', 'Foto: ![Kapal](<../assets/foto kapal.png>) atau teks ![biasa].\n')}, bad: { 'initiatives/a.md': initiative('A', '', 'Foto: ![Kapal](foto kapal.png)\n') }, at: [['initiatives/a.md', 6, 7]] },
  'link-unresolved': {
    good: { 'initiatives/a.md': initiative('A', '', 'Lihat [B](#b) dan [C][c].\n\n[c]: #b\n'), 'initiatives/b.md': initiative('B') },
    bad: { 'initiatives/a.md': initiative('A', '', 'Lihat [B](#bb-tidak-ada) dan [C][c].\n\n[c]: #cc-tidak-ada\n') },
    at: [['initiatives/a.md', 6, 7], ['initiatives/a.md', 8, 1]],
  },
  'nesting-depth': { good: { 'initiatives/a.md': initiative('A', '', `${'> '.repeat(12)}Dalam.\n`) }, bad: { 'initiatives/a.md': initiative('A', '', `${'> '.repeat(2000)}Terlalu dalam.\n`) }, at: [['initiatives/a.md', 6, 25]] },
  'no-quick-win': {
    good: Object.fromEntries(dims.map((d) => [`initiatives/${d}.md`, `---\ntitle: ${d}\ndimension: ${d}\nopd: diskominfo\nquick_win: true\n---\nTeks.\n`])),
    bad: { 'initiatives/a.md': initiative('A', 'quick_win: true\n'), 'dimensions/smart-living.md': 'Pengantar.\n' },
    at: [['book.yml', 1, 1], ['book.yml', 1, 1], ['book.yml', 1, 1], ['book.yml', 1, 1], ['dimensions/smart-living.md', 1, 1]],
  },
  'opd-duplicate': { good: {}, bad: { 'book.yml': yml('  - id: dinkes2\n    name: Dinas Kesehatan Dua\n    short: Dinkes\n') }, at: [['book.yml', 14, 12]] },
  'opd-unknown': { good: { 'initiatives/a.md': initiative('A', 'supporting_opd: [Dinkes]\n') }, bad: { 'initiatives/a.md': '---\ntitle: A\ndimension: smart-governance\nopd: Dinas Rahasia\n---\nTeks.\n' }, at: [['initiatives/a.md', 4, 6]] },
  'out-of-range': { good: { 'initiatives/a.md': initiative('A', 'budget: 0\n') }, bad: { 'initiatives/a.md': initiative('A', 'budget: -5\n') }, at: [['initiatives/a.md', 5, 9]] },
  'period-order': {
    good: { 'initiatives/a.md': initiative('A', 'start_year: 2020\nend_year: 2020\n') },
    bad: { 'initiatives/a.md': initiative('A', 'start_year: 2022\nend_year: 2020\n') },
    at: [['initiatives/a.md', 6, 11]],
  },
  'raw-html': { good: { 'initiatives/a.md': initiative('A', '', '<!-- catatan -->\nTeks.\n') }, bad: { 'initiatives/a.md': initiative('A', '', '<div>Teks</div>\n') }, at: [['initiatives/a.md', 6, 1]] },
  'required-key': { good: { 'initiatives/a.md': ok }, bad: { 'initiatives/a.md': '---\ndimension: smart-governance\nopd: diskominfo\n---\nTeks.\n' }, at: [['initiatives/a.md', 2, 1]] },
  'required-section': {
    good: { 'book.yml': yml('rules:\n  required_sections: [Tujuan]\n'), 'initiatives/a.md': ok },
    bad: { 'book.yml': yml('rules:\n  required_sections: [Manfaat]\n'), 'initiatives/a.md': ok },
    at: [['initiatives/a.md', 6, 1]],
  },
  'severity-fatal': {
    good: { 'book.yml': yml('rules:\n  severity: { yaml-syntax: error, duplicate-title: off }\n') },
    bad: { 'book.yml': yml('rules:\n  severity: { yaml-syntax: off }\n') },
    at: [['book.yml', 13, 28]],
  },
  'stray-file': { good: { 'front/01-sambutan.md': '# Sambutan\n' }, bad: { 'catatan.md': '# Catatan\n', 'front/lama/arsip.md': '# Arsip\n' }, at: [['catatan.md', 1, 1], ['front/lama/arsip.md', 1, 1]] },
  'unknown-key': { good: { 'initiatives/a.md': ok }, bad: { 'initiatives/a.md': initiative('A', 'anggaran: 5\n') }, at: [['initiatives/a.md', 5, 1]] },
  'unknown-rule': { good: { 'book.yml': yml('rules:\n  severity: { raw-html: error }\n') }, bad: { 'book.yml': yml('rules:\n  severity: { raw-htm: error }\n') }, at: [['book.yml', 13, 15]] },
  'wrong-type': { good: { 'initiatives/a.md': initiative('A', 'quick_win: true\n') }, bad: { 'initiatives/a.md': initiative('A', 'quick_win: ya\n') }, at: [['initiatives/a.md', 5, 12]] },
  'yaml-syntax': { good: { 'initiatives/a.md': ok }, bad: { 'initiatives/a.md': '---\ntitle: A\ntitle: B\n---\n' }, at: [['initiatives/a.md', 3, 1]] },
  'year-outside-period': { good: { 'initiatives/a.md': initiative('A', 'start_year: 2019\n') }, bad: { 'initiatives/a.md': initiative('A', 'start_year: 2030\n') }, at: [['initiatives/a.md', 5, 13]] },
};

