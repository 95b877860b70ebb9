import type { Lang } from './lang.ts';

/** Every fixed text printed in the book, in each language. */
export interface Labels {
  chapter: string;
  contents: string;
  tables: string;
  figures: string;
  annexes: string;
  annex: string;
  quickWinList: string;
  opdMatrix: string;
  initiativesPerOpd: string;
  quickWin: string;
  draft: string;
  approval: string;
  approvalIntro: string;
  otherElement: string;
  noInitiatives: string;
  noInitiativesForOpd: string;
  facts: {
    opd: string;
    supporting: string;
    dimension: string;
    element: string;
    quickWin: string;
    horizon: string;
    years: string;
    status: string;
    budget: string;
    funding: string;
    partners: string;
    kpi: string;
  };
  yes: string;
  no: string;
  horizon: Record<'pendek' | 'menengah' | 'panjang', string>;
  status: Record<'usulan' | 'rencana' | 'berjalan' | 'selesai', string>;
  table: string;
  figure: string;
  page: string;
  number: string;
  initiative: string;
  total: string;
  period: string;
  kpiHeader: { indicator: string; target: string; year: string };
  months: readonly string[];
  illustrative: string;
  /** "Mengesahkan": the label of the single signer of the old approval form. */
  approve: string;
  /** "Ditetapkan dengan": before the regulation that adopts the book. */
  adoptedBy: string;
  abbreviations: string;
  abbreviationHead: { short: string; full: string };
  abbreviationOpd: string;
  fundingNames: { APBD: string; APBN: string; DAK: string; CSR: string; KPBU: string };
  executiveSummary: string;
  /** The cover line of `build --changed`: only the initiatives a branch changes. */
  changesPreview: string;
  /** After a table's number on the pages it continues on. */
  continued: string;
  /** On paper, after a link to another part of the book: "(lihat 2.1.3, hlm. 14)" without its page number and ")". */
  seeAlso: (label: string) => string;
  /** The book's scope in one paragraph. */
  scope: (p: { city: string; start: number; end: number; initiatives: number; quickWins: number; opds: number; dimensions: number; budget: string }) => string;
  recap: string;
  budgetByFunding: string;
  budgetByYear: string;
  fundingSource: string;
  mixedFunding: string;
  noFunding: string;
  lumpSum: string;
  lumpNote: string;
  chartCounts: string;
  chartBudget: string;
  chartYears: string;
  initiativesShort: string;
  quickWinsShort: string;
  initiativeList: string;
  /** The quick wins inside the executive summary (the annex has its own title). */
  quickWinSummary: string;
  roadmap: string;
  roadmapNote: string;
  indicators: string;
  government: (city: string) => string;
  backCover: string;
  generated: string;
}

const id: Labels = {
  chapter: 'BAB',
  contents: 'Daftar Isi',
  tables: 'Daftar Tabel',
  figures: 'Daftar Gambar',
  annexes: 'Lampiran',
  annex: 'Lampiran',
  quickWinList: 'Daftar Program Percepatan (Quick Win)',
  opdMatrix: 'Matriks OPD dan Dimensi',
  initiativesPerOpd: 'Inisiatif per OPD',
  quickWin: 'QUICK WIN',
  draft: 'KONSEP',
  approval: 'Lembar Pengesahan',
  approvalIntro: 'Buku ini telah diperiksa dan disahkan sebagai dokumen Masterplan Smart City.',
  otherElement: 'Lainnya',
  noInitiatives: 'Belum ada inisiatif untuk dimensi ini.',
  noInitiativesForOpd: 'Belum memimpin inisiatif.',
  facts: {
    opd: 'OPD pelaksana',
    supporting: 'OPD pendukung',
    dimension: 'Dimensi',
    element: 'Elemen',
    quickWin: 'Quick win',
    horizon: 'Jangka waktu',
    years: 'Tahun',
    status: 'Status',
    budget: 'Anggaran',
    funding: 'Sumber dana',
    partners: 'Mitra',
    kpi: 'Indikator',
  },
  yes: 'Ya',
  no: 'Tidak',
  horizon: { pendek: 'Jangka pendek', menengah: 'Jangka menengah', panjang: 'Jangka panjang' },
  status: { usulan: 'Usulan', rencana: 'Rencana', berjalan: 'Berjalan', selesai: 'Selesai' },
  table: 'Tabel',
  figure: 'Gambar',
  page: 'Halaman',
  number: 'No.',
  initiative: 'Inisiatif',
  total: 'Jumlah',
  period: 'Periode',
  kpiHeader: { indicator: 'Indikator', target: 'Target', year: 'Tahun' },
  months: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  illustrative: 'Angka anggaran bersifat ilustratif.',
  approve: 'Mengesahkan',
  adoptedBy: 'Ditetapkan dengan',
  abbreviations: 'Daftar Singkatan',
  abbreviationHead: { short: 'Singkatan', full: 'Kepanjangan' },
  abbreviationOpd: 'Organisasi Perangkat Daerah',
  fundingNames: {
    APBD: 'Anggaran Pendapatan dan Belanja Daerah',
    APBN: 'Anggaran Pendapatan dan Belanja Negara',
    DAK: 'Dana Alokasi Khusus',
    CSR: 'Tanggung Jawab Sosial Perusahaan (Corporate Social Responsibility)',
    KPBU: 'Kerja Sama Pemerintah dengan Badan Usaha',
  },
  executiveSummary: 'Ringkasan Eksekutif',
  changesPreview: 'Pratinjau Perubahan',
  continued: 'lanjutan',
  seeAlso: (label) => ` (lihat ${label}, hlm.\u00a0`,
  scope: (p) =>
    `Buku ini menghimpun ${p.initiatives} inisiatif smart city ${p.city} untuk periode ${p.start}–${p.end}, diusulkan oleh ${p.opds} organisasi perangkat daerah dan dikelompokkan ke dalam ${p.dimensions} dimensi. ${p.quickWins} di antaranya ditetapkan sebagai program percepatan (quick win). Seluruh inisiatif memerlukan anggaran ${p.budget}.`,
  recap: 'Rekapitulasi Inisiatif per Dimensi',
  budgetByFunding: 'Anggaran per Sumber Dana',
  budgetByYear: 'Anggaran per Tahun',
  fundingSource: 'Sumber dana',
  mixedFunding: 'Lebih dari satu sumber',
  noFunding: 'Belum ditentukan',
  lumpSum: 'Tanpa rincian tahun',
  lumpNote: 'Kolom "Tanpa rincian tahun" memuat anggaran inisiatif yang ditulis sebagai satu jumlah tanpa pembagian per tahun.',
  chartCounts: 'Inisiatif dan quick win per dimensi',
  chartBudget: 'Anggaran per dimensi',
  chartYears: 'Anggaran per tahun',
  initiativesShort: 'Inisiatif',
  quickWinsShort: 'Quick win',
  initiativeList: 'Daftar Inisiatif',
  quickWinSummary: 'Program Percepatan',
  roadmap: 'Peta Jalan',
  roadmapNote: 'Batang menunjukkan tahun pelaksanaan setiap inisiatif. Batang penuh: program percepatan (quick win); batang muda bergaris tepi: inisiatif lainnya.',
  indicators: 'Matriks Indikator',
  government: (city) => `PEMERINTAH ${city.toUpperCase()}`,
  backCover: 'Disusun dengan masterplan dari berkas Markdown.',
  generated: 'Tabel dan grafik di bagian ini dihitung dari berkas inisiatif.',
};

const en: Labels = {
  chapter: 'CHAPTER',
  contents: 'Contents',
  tables: 'List of Tables',
  figures: 'List of Figures',
  annexes: 'Annexes',
  annex: 'Annex',
  quickWinList: 'Quick Win Programmes',
  opdMatrix: 'Agency × Dimension Matrix',
  initiativesPerOpd: 'Initiatives per Agency',
  quickWin: 'QUICK WIN',
  draft: 'DRAFT',
  approval: 'Approval Sheet',
  approvalIntro: 'This book has been reviewed and approved as the Smart City Masterplan.',
  otherElement: 'Other',
  noInitiatives: 'No initiatives for this dimension yet.',
  noInitiativesForOpd: 'Leads no initiative yet.',
  facts: {
    opd: 'Lead agency',
    supporting: 'Supporting agencies',
    dimension: 'Dimension',
    element: 'Element',
    quickWin: 'Quick win',
    horizon: 'Horizon',
    years: 'Years',
    status: 'Status',
    budget: 'Budget',
    funding: 'Funding',
    partners: 'Partners',
    kpi: 'Indicators',
  },
  yes: 'Yes',
  no: 'No',
  horizon: { pendek: 'Short term', menengah: 'Medium term', panjang: 'Long term' },
  status: { usulan: 'Proposed', rencana: 'Planned', berjalan: 'Running', selesai: 'Done' },
  table: 'Table',
  figure: 'Figure',
  page: 'Page',
  number: 'No.',
  initiative: 'Initiative',
  total: 'Total',
  period: 'Period',
  kpiHeader: { indicator: 'Indicator', target: 'Target', year: 'Year' },
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  illustrative: 'Budget figures are illustrative.',
  approve: 'Approved by',
  adoptedBy: 'Adopted by',
  abbreviations: 'Abbreviations',
  abbreviationHead: { short: 'Abbreviation', full: 'Meaning' },
  abbreviationOpd: 'Regional government agency (Organisasi Perangkat Daerah)',
  fundingNames: {
    APBD: 'Regional budget (Anggaran Pendapatan dan Belanja Daerah)',
    APBN: 'State budget (Anggaran Pendapatan dan Belanja Negara)',
    DAK: 'Special allocation fund (Dana Alokasi Khusus)',
    CSR: 'Corporate social responsibility',
    KPBU: 'Public-private partnership (Kerja Sama Pemerintah dengan Badan Usaha)',
  },
  executiveSummary: 'Executive Summary',
  changesPreview: 'Preview of Changes',
  continued: 'continued',
  seeAlso: (label) => ` (see ${label}, p.\u00a0`,
  scope: (p) =>
    `This book brings together ${p.initiatives} smart city initiatives of ${p.city} for ${p.start}–${p.end}, proposed by ${p.opds} government agencies and grouped into ${p.dimensions} dimensions. ${p.quickWins} of them are quick wins. All initiatives together need a budget of ${p.budget}.`,
  recap: 'Initiatives per Dimension',
  budgetByFunding: 'Budget per Funding Source',
  budgetByYear: 'Budget per Year',
  fundingSource: 'Funding source',
  mixedFunding: 'More than one source',
  noFunding: 'Not yet decided',
  lumpSum: 'Not split by year',
  lumpNote: 'The column "Not split by year" holds the budgets written as one sum without a split by year.',
  chartCounts: 'Initiatives and quick wins per dimension',
  chartBudget: 'Budget per dimension',
  chartYears: 'Budget per year',
  initiativesShort: 'Initiatives',
  quickWinsShort: 'Quick wins',
  initiativeList: 'List of Initiatives',
  quickWinSummary: 'The Quick Wins',
  roadmap: 'Roadmap',
  roadmapNote: 'Bars show the years of each initiative. Solid bars: quick wins; light bars with an outline: the other initiatives.',
  indicators: 'Indicator Matrix',
  government: (city) => `GOVERNMENT OF ${city.toUpperCase()}`,
  backCover: 'Compiled with masterplan from Markdown files.',
  generated: 'The tables and charts in this part are computed from the initiative files.',
};

/** The book labels of a language. */
export function labels(lang: Lang): Labels {
  return lang === 'en' ? en : id;
}
