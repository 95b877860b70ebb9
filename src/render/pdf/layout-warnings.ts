import type { Book } from '../../model/book.ts';
import type { Diagnostic, Position } from '../../diagnostics/diagnostic.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { LayoutWarning } from './blocks/context.ts';

/** What layout found, in the language of the build's messages. */
const MESSAGES: Record<LayoutWarning['rule'], Record<Lang, string>> = {
  'table-too-wide': {
    id: 'Tabel terlalu lebar untuk halaman, bahkan pada halaman mendatar dengan huruf 8 pt: angka atau kata di dalamnya terpotong. Bagi tabel menjadi dua, kurangi kolomnya, atau persingkat isi selnya.',
    en: 'The table is too wide for the page, even on a landscape page at 8 pt: numbers or words in it are cut. Split the table in two, drop columns, or shorten its cells.',
  },
};

/** Display path and body start of every Markdown file of the book, by absolute path. */
function sources(book: Book): Map<string, { file: string; bodyStart?: Position }> {
  const all = [...book.front, ...book.back, ...book.initiatives, ...book.chapters.flatMap((c) => (c.intro ? [c.intro] : []))];
  return new Map(all.map((s) => [s.path, { file: s.file, ...(s.bodyStart ? { bodyStart: s.bodyStart } : {}) }]));
}

/** Turns layout warnings (a body line in a file by its absolute path) into diagnostics at the line of the file. */
export function layoutDiagnostics(book: Book, lang: Lang, report: (d: Diagnostic) => void): (w: LayoutWarning) => void {
  const byPath = sources(book);
  return (w) => {
    const source = w.file ? byPath.get(w.file) : undefined;
    const start = source?.bodyStart?.line ?? 1;
    report({ file: source?.file ?? w.file ?? '', line: start + w.line - 1, column: w.column, severity: 'warning', rule: w.rule, message: MESSAGES[w.rule][lang] });
  };
}
