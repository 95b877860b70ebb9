/**
 * The short verbs of the library API: check a book, count it. Both take the options
 * loadBook takes (or an already loaded result), so a script needs one import and one call.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Lang } from '../i18n/lang.ts';
import { FORMATTERS } from '../report/index.ts';
import { computeStats, type Stats } from '../stats/compute.ts';
import { loadBook, type LoadOptions, type LoadResult } from './load-book.ts';

/** What a check came to, as `masterplan check` judges it. */
export interface CheckResult {
  /** No errors (and, with `strict`, no warnings): the book may be built. */
  ok: boolean;
  errors: number;
  warnings: number;
  /** Every diagnostic, sorted by file, line and column. */
  diagnostics: Diagnostic[];
  /** Files read (book.yml and every Markdown file). */
  files: number;
  /** Files under the content folder that are not in the book. */
  excluded: string[];
  lang: Lang;
  /** The diagnostics in one of the report formats (`stylish`, `json`, `sarif`, `github`, `junit`, `gitlab`). */
  report(format?: string): string;
}

export interface CheckBookOptions extends LoadOptions {
  /** Warnings fail the check too. */
  strict?: boolean;
}

/** Check a book project: everything `masterplan check` does, without printing. */
export async function checkBook(options: CheckBookOptions): Promise<CheckResult> {
  const { strict, ...load } = options;
  return checkResult(await loadBook(load), strict ?? false);
}

/** Judge a loaded book the way `check` does. */
export function checkResult(result: LoadResult, strict = false): CheckResult {
  const { diagnostics, errors, warnings, files, excluded, lang } = result;
  return {
    ok: errors === 0 && (!strict || warnings === 0),
    errors,
    warnings,
    diagnostics,
    files,
    excluded,
    lang,
    report(format = 'stylish') {
      const formatter = FORMATTERS[format];
      if (!formatter) throw new RangeError(`Unknown report format "${format}"; known: ${Object.keys(FORMATTERS).join(', ')}`);
      return formatter({ files, errors, warnings, diagnostics }, { color: false, lang });
    },
  };
}

/** The book's counts in the shape `stats --format json` prints: from a project's options, or a loaded book. */
export async function stats(source: LoadOptions | LoadResult): Promise<Stats> {
  const result = 'book' in source ? source : await loadBook(source);
  return computeStats(result.book);
}
