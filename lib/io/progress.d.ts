import type { Output } from './io.ts';
/** Step messages for long work: one line that updates in place on a terminal, nothing elsewhere. */
export interface Progress {
    /** Show what is being done now ("Menyusun PDF…"). */
    step(text: string): void;
    /** Show a counter ("Menyusun PDF… 120/240 halaman"). */
    count(text: string, done: number, total: number): void;
    /** Clear the line, so the next output starts clean. */
    done(): void;
}
/**
 * Progress on `out` when it is a terminal (and CI is not set), else silent: logs and
 * pipes get results, not spinner noise.
 */
export declare function progress(out: Output, env?: Readonly<Record<string, string | undefined>>): Progress;
