import { labels } from "../i18n/labels.js";
const list = (items) => (items.length > 0 ? items.join('; ') : null);
/** KPI as one cell: "Pengguna aktif bulanan: 10.000 (2021); …". */
export function flattenKpi(kpi) {
    return list(kpi.map((k) => `${k.indicator}: ${k.target}${k.year !== null ? ` (${k.year})` : ''}`));
}
/**
 * The columns of the CSV and xlsx editions, in order. The title comes second so it can
 * stay frozen beside the number while scrolling right.
 */
export const COLUMNS = [
    { header: { id: 'No.', en: 'No.' }, kind: 'text', max: 8, value: (r) => r.number },
    { header: { id: 'Judul', en: 'Title' }, kind: 'wrap', max: 48, value: (r) => r.title },
    { header: { id: 'ID', en: 'ID' }, kind: 'text', max: 32, value: (r) => r.id },
    { header: { id: 'Dimensi', en: 'Dimension' }, kind: 'text', max: 20, value: (r) => r.dimension },
    { header: { id: 'Elemen', en: 'Element' }, kind: 'text', max: 20, value: (r) => r.element },
    { header: { id: 'Nama elemen', en: 'Element name' }, kind: 'text', max: 26, value: (r) => r.element_name },
    { header: { id: 'OPD', en: 'Agency' }, kind: 'text', max: 16, value: (r) => r.opd },
    { header: { id: 'Nama OPD', en: 'Agency name' }, kind: 'wrap', max: 40, value: (r) => r.opd_name },
    { header: { id: 'OPD pendukung', en: 'Supporting agencies' }, kind: 'wrap', max: 48, value: (r) => list(r.supporting_opd_names) },
    { header: { id: 'Quick win', en: 'Quick win' }, kind: 'text', max: 10, value: (r, lang) => (r.quick_win ? labels(lang).yes : labels(lang).no) },
    { header: { id: 'Jangka waktu', en: 'Horizon' }, kind: 'text', max: 12, value: (r) => r.horizon },
    { header: { id: 'Tahun mulai', en: 'Start year' }, kind: 'integer', max: 12, value: (r) => r.start_year },
    { header: { id: 'Tahun selesai', en: 'End year' }, kind: 'integer', max: 13, value: (r) => r.end_year },
    { header: { id: 'Status', en: 'Status' }, kind: 'text', max: 10, value: (r) => r.status },
    { header: { id: 'Anggaran (Rp)', en: 'Budget (Rp)' }, kind: 'rupiah', max: 18, value: (r) => r.budget },
    { header: { id: 'Sumber dana', en: 'Funding' }, kind: 'text', max: 24, value: (r) => list(r.funding) },
    { header: { id: 'Mitra', en: 'Partners' }, kind: 'wrap', max: 40, value: (r) => list(r.partners) },
    { header: { id: 'Indikator (KPI)', en: 'Indicators (KPI)' }, kind: 'wrap', max: 60, value: (r) => flattenKpi(r.kpi) },
    { header: { id: 'Berkas', en: 'File' }, kind: 'text', max: 60, value: (r) => r.file },
];
/** The header row and one row of cells per initiative. */
export function tableOf(rows, lang) {
    return { header: COLUMNS.map((c) => c.header[lang]), rows: rows.map((r) => COLUMNS.map((c) => c.value(r, lang))) };
}
