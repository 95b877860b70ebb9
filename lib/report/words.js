const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
/** The CI formatters' words by language. */
export const WORDS = {
    id: {
        error: 'kesalahan',
        warning: 'peringatan',
        summary: (e, w, f) => `${e} kesalahan, ${w} peringatan dalam ${f} berkas`,
        clean: (f) => `${f} berkas diperiksa, tidak ada masalah.`,
        columns: ['Tingkat', 'Berkas', 'Baris', 'Kolom', 'Aturan', 'Pesan'],
        suggestion: 'saran',
        omitted: (n) => `… dan ${n} masalah lain (lihat log pemeriksaan).`,
        passed: (f) => `${f} berkas tanpa masalah`,
    },
    en: {
        error: 'error',
        warning: 'warning',
        summary: (e, w, f) => `${plural(e, 'error', 'errors')}, ${plural(w, 'warning', 'warnings')} in ${plural(f, 'file', 'files')}`,
        clean: (f) => `${plural(f, 'file', 'files')} checked, no problems.`,
        columns: ['Severity', 'File', 'Line', 'Column', 'Rule', 'Message'],
        suggestion: 'suggestion',
        omitted: (n) => `… and ${plural(n, 'more problem', 'more problems')} (see the check's log).`,
        passed: (f) => `${plural(f, 'file', 'files')} without problems`,
    },
};
/** How many different files the diagnostics point at. */
export function fileCount(list) {
    return new Set(list.map((d) => d.file)).size;
}
/** Diagnostics grouped by file, in their (sorted) order. */
export function groupByFile(list) {
    const groups = new Map();
    for (const d of list) {
        const group = groups.get(d.file);
        if (group)
            group.push(d);
        else
            groups.set(d.file, [d]);
    }
    return groups;
}
