import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Lang } from '../i18n/lang.ts';

/** Words the CI formatters print around the diagnostics, in each language. */
export interface ReportWords {
  error: string;
  warning: string;
  /** "N errors, M warnings in K files" */
  summary: (errors: number, warnings: number, files: number) => string;
  /** The closing line when nothing was found. */
  clean: (files: number) => string;
  /** Headers of a results table: severity, file, line, column, rule, message. */
  columns: readonly [string, string, string, string, string, string];
  /** Label of a suggested fix. */
  suggestion: string;
  /** Note under a table that had to be cut short. */
  omitted: (count: number) => string;
  /** Name of the one passing test case that stands for the files without problems. */
  passed: (files: number) => string;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The CI formatters' words by language. */
export const WORDS: Readonly<Record<Lang, ReportWords>> = {
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
export function fileCount(list: readonly { file: string }[]): number {
  return new Set(list.map((d) => d.file)).size;
}

/** Diagnostics grouped by file, in their (sorted) order. */
export function groupByFile(list: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of list) {
    const group = groups.get(d.file);
    if (group) group.push(d);
    else groups.set(d.file, [d]);
  }
  return groups;
}
