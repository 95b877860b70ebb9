import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Lang } from '../i18n/lang.ts';
/** What every formatter receives: the results of one check. */
export interface ReportInput {
    files: number;
    errors: number;
    warnings: number;
    diagnostics: readonly Diagnostic[];
}
/** How a formatter may render: colour only on a terminal, messages in one language. */
export interface ReportContext {
    color: boolean;
    lang: Lang;
}
/** A pure formatter: results in, text out. */
export type Formatter = (input: ReportInput, ctx: ReportContext) => string;
