import { locate } from "../diagnostics/yaml-position.js";
import { RULES } from "./catalogue.js";
const START = { line: 1, column: 1 };
/** The context a rule's checks receive: `report` is bound once, the subject and severity change per call. */
class RuleContext {
    rule;
    lang;
    sink;
    subject = { file: '' };
    severity = 'error';
    message;
    constructor(rule, lang, sink) {
        this.rule = rule;
        this.lang = lang;
        this.sink = sink;
        this.message = rule.message[lang];
    }
    report = (params, at = {}) => {
        const { subject } = this;
        const position = at.position ?? (at.path && subject.yaml ? locate(subject.yaml, at.path, at.key ? 'key' : 'value') : START);
        const diagnostic = { file: at.file ?? subject.file, line: position.line, column: position.column, severity: this.severity, rule: this.rule.id, message: this.message(params) };
        if (at.suggestion !== undefined)
            diagnostic.suggestion = at.suggestion;
        if (at.related?.length)
            diagnostic.related = [...at.related];
        this.sink.push(diagnostic);
    };
}
/**
 * Runs the rules on what the pipeline hands it and collects their diagnostics. The one
 * place severities are applied: book.yml's overrides, and fatal problems as errors
 * whatever book.yml says. A rule that is off does not run.
 */
export class Runner {
    lang;
    overrides;
    rules;
    diagnostics = [];
    byKind = new Map();
    contexts = new Map();
    constructor(lang, overrides = {}, rules = RULES) {
        this.lang = lang;
        this.overrides = overrides;
        this.rules = rules;
    }
    /** Whether every rule of the catalogue runs (tests run one alone). */
    get full() {
        return RULES.every((r) => this.rules.includes(r));
    }
    /** The severity a rule reports with in this book, or `off`. */
    severityOf(rule) {
        if (rule.fatal === 'always')
            return 'error';
        return this.overrides[rule.id] ?? rule.severity;
    }
    /** Run every check of `kind` on `subject`. */
    check(kind, subject, options = {}) {
        for (const rule of this.rulesFor(kind)) {
            const severity = options.fatal ? 'error' : this.severityOf(rule);
            if (severity === 'off')
                continue;
            const run = rule.checks[kind];
            const context = this.contextOf(rule);
            context.subject = subject;
            context.severity = severity;
            run?.(subject, context);
        }
    }
    /** How many error diagnostics a file has so far. */
    errorsIn(file) {
        return this.diagnostics.filter((d) => d.file === file && d.severity === 'error').length;
    }
    rulesFor(kind) {
        let list = this.byKind.get(kind);
        if (!list) {
            list = this.rules.filter((r) => r.checks[kind] !== undefined);
            this.byKind.set(kind, list);
        }
        return list;
    }
    contextOf(rule) {
        let context = this.contexts.get(rule);
        if (!context) {
            context = new RuleContext(rule, this.lang, this.diagnostics);
            this.contexts.set(rule, context);
        }
        return context;
    }
}
