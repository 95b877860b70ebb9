import type { Formatter } from './format.ts';
/** Formatters by the name `--format` takes. */
export declare const FORMATTERS: Readonly<Record<string, Formatter>>;
export type { Formatter, ReportContext, ReportInput } from './format.ts';
