import type { Lang } from '../i18n/lang.ts';
import type { ReportInput } from '../report/format.ts';
import type { Io, Output } from './io.ts';
/** Whether to colour what goes to `out`: only on a terminal, and never under NO_COLOR. */
export declare function useColour(io: Io, out: Output): boolean;
/** A path as the user reads it: relative to where they are, with `/`. */
export declare function shownPath(io: Io, file: string): string;
/** The check's problems on stderr, as `build`, `watch` and `serve` show them before rendering. */
export declare function printProblems(io: Io, result: ReportInput & {
    lang: Lang;
}): void;
/** "Ditulis: dist/buku-satu.pdf" for each edition written (the assets beside them go unnamed). */
export declare function printWritten(io: Io, written: readonly string[], lang: Lang): void;
