import type { Diagnostic, Position, Severity } from '../diagnostics/diagnostic.ts';
import type { Lang, Localized } from '../i18n/lang.ts';

/** A named check with its default severity and its message in every language. */
export interface Rule<P = Record<string, never>> {
  id: string;
  severity: Severity;
  /** One line for `--help`-style listings and the README. */
  description: string;
  message: Localized<P>;
}

/** Declare a rule; the identity function keeps the parameter type of its message. */
export function defineRule<P>(rule: Rule<P>): Rule<P> {
  return rule;
}

/** Severity overrides from book.yml `rules.severity`. */
export type SeverityOverrides = Readonly<Record<string, Severity | 'off'>>;

/** Collects diagnostics in one language, applying the book's severity overrides. */
export class Reporter {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    readonly lang: Lang,
    private readonly overrides: SeverityOverrides = {},
  ) {}

  /**
   * Record that `rule` was broken at `position` of `file`. `related` names the other files a
   * cross-file problem involves, so `check --changed` can show both sides.
   */
  report<P>(rule: Rule<P>, file: string, position: Position, params: P, suggestion?: string, related?: string[]): void {
    const severity = this.overrides[rule.id] ?? rule.severity;
    if (severity === 'off') return;
    const diagnostic: Diagnostic = {
      file,
      line: position.line,
      column: position.column,
      severity,
      rule: rule.id,
      message: rule.message[this.lang](params),
    };
    if (suggestion !== undefined) diagnostic.suggestion = suggestion;
    if (related?.length) diagnostic.related = related;
    this.diagnostics.push(diagnostic);
  }
}
