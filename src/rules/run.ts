import { escapeControls, type Diagnostic, type Position, type Severity } from '../diagnostics/diagnostic.ts';
import { locate, type YamlSource } from '../diagnostics/yaml-position.ts';
import type { Lang } from '../i18n/lang.ts';
import { RULES } from './catalogue.ts';
import type { At, CheckKind, Context, Rule, SeverityOverrides, Subjects } from './rule.ts';

const START: Position = { line: 1, column: 1 };

/** How one run of checks treats what it finds. */
export interface RunOptions {
  /**
   * Everything found keeps the file out of the book: every rule with such a check runs,
   * also one turned off, and reports an error.
   */
  fatal?: boolean;
}

/** The context a rule's checks receive: `report` is bound once, the subject and severity change per call. */
class RuleContext implements Context<unknown> {
  subject: { file: string; yaml?: YamlSource } = { file: '' };
  severity: Severity = 'error';
  private readonly message: (params: unknown) => string;

  constructor(
    private readonly rule: Rule,
    readonly lang: Lang,
    private readonly sink: Diagnostic[],
  ) {
    this.message = rule.message[lang] as (params: unknown) => string;
  }

  readonly report = (params: unknown, at: At = {}): void => {
    const { subject } = this;
    const position = at.position ?? (at.path && subject.yaml ? locate(subject.yaml, at.path, at.key ? 'key' : 'value') : START);
    // What content wrote reaches terminals and CI logs only with its control characters escaped.
    const diagnostic: Diagnostic = { file: escapeControls(at.file ?? subject.file), line: position.line, column: position.column, severity: this.severity, rule: this.rule.id, message: escapeControls(this.message(params)) };
    if (at.suggestion !== undefined) diagnostic.suggestion = escapeControls(at.suggestion);
    if (at.related?.length) diagnostic.related = [...at.related];
    if (at.target !== undefined) diagnostic.target = at.target;
    this.sink.push(diagnostic);
  };
}

/**
 * Runs the rules on what the pipeline hands it and collects their diagnostics. The one
 * place severities are applied: book.yml's overrides, and fatal problems as errors
 * whatever book.yml says. A rule that is off does not run.
 */
export class Runner {
  readonly diagnostics: Diagnostic[] = [];
  private readonly byKind = new Map<CheckKind, Rule[]>();
  private readonly contexts = new Map<Rule, RuleContext>();

  constructor(
    readonly lang: Lang,
    private readonly overrides: SeverityOverrides = {},
    private readonly rules: readonly Rule[] = RULES,
  ) {}

  /** Whether every rule of the catalogue runs (tests run one alone). */
  get full(): boolean {
    return RULES.every((r) => this.rules.includes(r));
  }

  /** The severity a rule reports with in this book, or `off`. */
  severityOf(rule: Rule): Severity | 'off' {
    if (rule.fatal === 'always') return 'error';
    return this.overrides[rule.id] ?? rule.severity;
  }

  /** Run every check of `kind` on `subject`. */
  check<K extends CheckKind>(kind: K, subject: Subjects[K], options: RunOptions = {}): void {
    for (const rule of this.rulesFor(kind)) {
      const severity = options.fatal ? 'error' : this.severityOf(rule);
      if (severity === 'off') continue;
      const run = rule.checks[kind] as ((s: Subjects[K], c: Context<unknown>) => void) | undefined;
      const context = this.contextOf(rule);
      context.subject = subject;
      context.severity = severity;
      run?.(subject, context);
    }
  }

  /** Diagnostics found by an earlier run of the same checks on the same file (the content cache). */
  add(diagnostics: readonly Diagnostic[]): void {
    this.diagnostics.push(...diagnostics);
  }

  /** How many error diagnostics a file has so far. */
  errorsIn(file: string): number {
    return this.diagnostics.filter((d) => d.file === file && d.severity === 'error').length;
  }

  private rulesFor(kind: CheckKind): Rule[] {
    let list = this.byKind.get(kind);
    if (!list) {
      list = this.rules.filter((r) => r.checks[kind] !== undefined);
      this.byKind.set(kind, list);
    }
    return list;
  }

  private contextOf(rule: Rule): RuleContext {
    let context = this.contexts.get(rule);
    if (!context) {
      context = new RuleContext(rule, this.lang, this.diagnostics);
      this.contexts.set(rule, context);
    }
    return context;
  }
}
