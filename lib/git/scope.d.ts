import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Lang } from '../i18n/lang.ts';
import type { CiEnv } from './base-ref.ts';
/** Which diagnostics `check --changed` reports, and what to tell the user about it. */
export interface ChangedScope {
    keep: (diagnostic: Diagnostic) => boolean;
    notes: string[];
}
/** What `check --changed` needs from the command. */
export interface ScopeOptions {
    cwd: string;
    /** Absolute content folder. */
    contentDir: string;
    base?: string;
    env: CiEnv;
    lang: Lang;
}
/** A diagnostic in a changed file, or a cross-file one (a duplicate id…) that a changed file takes part in. */
export declare function touchesChanged(diagnostic: Diagnostic, changed: ReadonlySet<string>): boolean;
/**
 * Decide what `check --changed` reports. book.yml holds the registries, the period and
 * the rule settings, so when it changed any file may have become wrong: report all.
 * A `--base` that names no commit is a usage error, since checking against something
 * else would hide the typo; anything else git cannot answer falls back to every file.
 */
export declare function changedScope(options: ScopeOptions): Promise<ChangedScope>;
