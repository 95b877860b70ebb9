/** How serious a problem is; `off` exists only in configuration. */
export type Severity = 'error' | 'warning';

/** A problem found in the content, pointing at a 1-based line and column of the original file. */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  rule: string;
  message: string;
  suggestion?: string;
  /**
   * Other files a cross-file problem involves (the other side of a duplicate id), with
   * `/` like `file`. Not printed: `check --changed` uses it to show both sides of a
   * conflict that a changed file causes with an unchanged one.
   */
  related?: string[];
  /** What a link points at (`link-unresolved`): `check --changed` finds links broken by a deleted file. Not printed. */
  target?: string;
}

/** A 1-based position in a file. */
export interface Position {
  line: number;
  column: number;
}

/** Order diagnostics by file, line, column, then rule, as every format prints them. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

/** Count errors and warnings. */
export function countSeverities(list: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const d of list) if (d.severity === 'error') errors++;
  return { errors, warnings: list.length - errors };
}

/**
 * Control characters (ESC, CR, BEL, NUL…) and bidirectional overrides written as visible
 * `\x1b` / `\u202e`, so a title or file name cannot repaint a terminal or a CI log
 * (a fake "✔ tidak ada masalah") or reorder what a reviewer reads. Line breaks and tabs stay.
 */
export function escapeControls(text: string): string {
  return text.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
