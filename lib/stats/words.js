const id = {
    heading: 'Statistik',
    summary: (n, q) => `${n} inisiatif, ${q} quick win`,
    dimension: 'Dimensi / elemen',
    opd: 'OPD pelaksana',
    initiatives: 'Inisiatif',
    quickWins: 'Quick win',
    total: 'Jumlah',
    group: 'Kelompok',
    id: 'Id',
    name: 'Nama',
    groups: { total: 'jumlah', dimension: 'dimensi', element: 'elemen', opd: 'opd' },
    opdsWithout: (n) => `OPD tanpa inisiatif (${n})`,
    dimensionsWithout: 'Dimensi tanpa quick win',
    none: 'tidak ada',
    partial: (e, f, x, check) => `Perhatian: ${e} kesalahan dalam ${f} berkas${x ? `; ${x} berkas tidak dapat masuk buku dan tidak dihitung` : ''}. Jalankan \`${check}\` untuk rinciannya.`,
};
const en = {
    heading: 'Statistics',
    summary: (n, q) => `${n} ${n === 1 ? 'initiative' : 'initiatives'}, ${q} ${q === 1 ? 'quick win' : 'quick wins'}`,
    dimension: 'Dimension / element',
    opd: 'Lead agency',
    initiatives: 'Initiatives',
    quickWins: 'Quick wins',
    total: 'Total',
    group: 'Group',
    id: 'Id',
    name: 'Name',
    groups: { total: 'total', dimension: 'dimension', element: 'element', opd: 'opd' },
    opdsWithout: (n) => `Agencies without initiatives (${n})`,
    dimensionsWithout: 'Dimensions without quick win',
    none: 'none',
    partial: (e, f, x, check) => `Note: ${e} ${e === 1 ? 'error' : 'errors'} in ${f} ${f === 1 ? 'file' : 'files'}${x ? `; ${x} ${x === 1 ? 'file is' : 'files are'} not in the book and not counted` : ''}. Run \`${check}\` for details.`,
};
/** The stats words of a language. */
export function statsWords(lang) {
    return lang === 'en' ? en : id;
}
