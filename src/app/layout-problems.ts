import type { Diagnostic, Position } from '../diagnostics/diagnostic.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Book } from '../model/book.ts';
import type { LayoutWarning } from '../render/pdf/layout-warning.ts';
import { Runner } from '../rules/run.ts';

/** Display path and body start of every Markdown file of the book, by absolute path. */
function sources(book: Book): Map<string, { file: string; bodyStart?: Position }> {
  const all = [...book.front, ...book.back, ...book.initiatives, ...book.chapters.flatMap((c) => (c.intro ? [c.intro] : []))];
  return new Map(all.map((s) => [s.path, { file: s.file, ...(s.bodyStart ? { bodyStart: s.bodyStart } : {}) }]));
}

/**
 * What the PDF layout finds (a body line of a file by its absolute path), run through the
 * rules at the line of the file, with book.yml's severities: `diagnostics` fills as the
 * layout calls `report`.
 */
export function layoutProblems(book: Book, lang: Lang): { report: (w: LayoutWarning) => void; diagnostics: Diagnostic[] } {
  const byPath = sources(book);
  const runner = new Runner(lang, book.settings.rules?.severity ?? {});
  return {
    report: (w) => {
      const source = w.file ? byPath.get(w.file) : undefined;
      const line = (source?.bodyStart?.line ?? 1) + w.line - 1;
      runner.check('layout', { file: source?.file ?? w.file ?? '', position: { line, column: w.column }, problem: w.problem });
    },
    diagnostics: runner.diagnostics,
  };
}
