import type { Diagnostic, Severity } from '../diagnostics/diagnostic.ts';
import type { Lang } from '../i18n/lang.ts';
import type { CheckKind, Rule, SeverityOverrides, Subjects } from './rule.ts';
/** How one run of checks treats what it finds. */
export interface RunOptions {
    /**
     * Everything found keeps the file out of the book: every rule with such a check runs,
     * also one turned off, and reports an error.
     */
    fatal?: boolean;
}
/**
 * Runs the rules on what the pipeline hands it and collects their diagnostics. The one
 * place severities are applied: book.yml's overrides, and fatal problems as errors
 * whatever book.yml says. A rule that is off does not run.
 */
export declare class Runner {
    readonly lang: Lang;
    private readonly overrides;
    private readonly rules;
    readonly diagnostics: Diagnostic[];
    private readonly byKind;
    private readonly contexts;
    constructor(lang: Lang, overrides?: SeverityOverrides, rules?: readonly Rule[]);
    /** Whether every rule of the catalogue runs (tests run one alone). */
    get full(): boolean;
    /** The severity a rule reports with in this book, or `off`. */
    severityOf(rule: Rule): Severity | 'off';
    /** Run every check of `kind` on `subject`. */
    check<K extends CheckKind>(kind: K, subject: Subjects[K], options?: RunOptions): void;
    /** How many error diagnostics a file has so far. */
    errorsIn(file: string): number;
    private rulesFor;
    private contextOf;
}
