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
};

/** The book labels of a language. */
export function labels(lang: Lang): Labels {
  return lang === 'en' ? en : id;
}
