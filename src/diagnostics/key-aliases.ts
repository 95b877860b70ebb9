import { closest } from './suggest.ts';

/**
 * Indonesian (and common English) names that people write instead of a key.
 * Used only for "did you mean", and only when the target key exists where the name was written.
 */
export const KEY_ALIASES: Readonly<Record<string, string>> = {
  judul: 'title',
  nama: 'name',
  dimensi: 'dimension',
  elemen: 'element',
  unsur: 'element',
  perangkat_daerah: 'opd',
  pengampu: 'opd',
  opd_pengampu: 'opd',
  opd_pelaksana: 'opd',
  pelaksana: 'opd',
  pendukung: 'supporting_opd',
  opd_pendukung: 'supporting_opd',
  supporting: 'supporting_opd',
  quickwin: 'quick_win',
  'quick-win': 'quick_win',
  unggulan: 'quick_win',
  jangka: 'horizon',
  jangka_waktu: 'horizon',
  tahun_mulai: 'start_year',
  mulai: 'start_year',
  tahun_selesai: 'end_year',
  selesai: 'end_year',
  tahun_akhir: 'end_year',
  anggaran: 'budget',
  biaya: 'budget',
  sumber_dana: 'funding',
  pendanaan: 'funding',
  mitra: 'partners',
  indikator: 'indicator',
  sasaran: 'target',
  tahun: 'year',
  kota: 'city',
  kabupaten: 'city',
  periode: 'period',
  awal: 'start',
  akhir: 'end',
  tempat: 'place',
  tanggal: 'date',
  edisi: 'edition',
  bahasa: 'locale',
  language: 'locale',
  lang: 'locale',
  kertas: 'paper',
  ukuran_kertas: 'paper',
  pengesahan: 'approval',
  persetujuan: 'approval',
  penandatangan: 'signer',
  jabatan: 'role',
  aturan: 'rules',
  singkatan: 'short',
  alias: 'aliases',
  subjudul: 'subtitle',
  sub_judul: 'subtitle',
};

/** The key an unknown key probably meant, among the keys allowed where it was written. */
export function suggestKey(key: string, known: readonly string[]): string | undefined {
  const alias = KEY_ALIASES[key.toLowerCase()];
  return alias && known.includes(alias) ? alias : closest(key, known.map((k) => [k, k] as const));
}
