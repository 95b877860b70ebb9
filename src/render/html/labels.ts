import type { Lang } from '../../i18n/lang.ts';

/** Texts only the HTML page needs (the shared book labels live in src/i18n/labels.ts). */
export interface HtmlLabels {
  skip: string;
  menu: string;
  filter: string;
  search: string;
  searchHint: string;
  dimension: string;
  allDimensions: string;
  opd: string;
  allOpds: string;
  quickWinOnly: string;
  reset: string;
  /** "{shown} dari {total} inisiatif": filled by the page script. */
  count: string;
  /** "{shown} dari {total}": the same, short, on the phone's menu bar. */
  countShort: string;
  permalink: string;
  footnotes: string;
  footnoteBack: string;
  taskDone: string;
  taskOpen: string;
  logo: string;
  edition: string;
  signature: string;
  imageMissing: string;
  backToTop: string;
  noQuickWins: string;
  noMatch: string;
  /** "3 inisiatif" / "3 initiatives". */
  initiatives: (n: number) => string;
}

const id: HtmlLabels = {
  skip: 'Langsung ke isi',
  menu: 'Daftar isi dan saringan',
  filter: 'Saring inisiatif',
  search: 'Cari inisiatif',
  searchHint: 'mis. puskesmas',
  dimension: 'Dimensi',
  allDimensions: 'Semua dimensi',
  opd: 'OPD pelaksana',
  allOpds: 'Semua OPD',
  quickWinOnly: 'Hanya quick win',
  reset: 'Tampilkan semua',
  count: '{shown} dari {total} inisiatif',
  countShort: '{shown} dari {total}',
  permalink: 'Tautan permanen ke',
  footnotes: 'Catatan kaki',
  footnoteBack: 'Kembali ke teks',
  taskDone: 'Selesai',
  taskOpen: 'Belum selesai',
  logo: 'Logo',
  edition: 'Edisi',
  signature: 'Tanda tangan',
  imageMissing: 'Gambar tidak tersedia',
  backToTop: 'Kembali ke atas',
  noQuickWins: 'Belum ada program percepatan (quick win).',
  noMatch: 'Tidak ada inisiatif yang cocok dengan saringan ini.',
  initiatives: (n) => `${n} inisiatif`,
};

const en: HtmlLabels = {
  skip: 'Skip to content',
  menu: 'Contents and filter',
  filter: 'Filter initiatives',
  search: 'Search initiatives',
  searchHint: 'e.g. puskesmas',
  dimension: 'Dimension',
  allDimensions: 'All dimensions',
  opd: 'Lead agency',
  allOpds: 'All agencies',
  quickWinOnly: 'Quick wins only',
  reset: 'Show all',
  count: '{shown} of {total} initiatives',
  countShort: '{shown} of {total}',
  permalink: 'Permalink to',
  footnotes: 'Footnotes',
  footnoteBack: 'Back to text',
  taskDone: 'Done',
  taskOpen: 'Not done',
  logo: 'Logo of',
  edition: 'Edition',
  signature: 'Signature',
  imageMissing: 'Image not available',
  backToTop: 'Back to top',
  noQuickWins: 'No quick wins yet.',
  noMatch: 'No initiative matches this filter.',
  initiatives: (n) => `${n} ${n === 1 ? 'initiative' : 'initiatives'}`,
};

/** The HTML-only labels of a language. */
export function htmlLabels(lang: Lang): HtmlLabels {
  return lang === 'en' ? en : id;
}
