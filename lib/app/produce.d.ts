import type { Progress } from '../io/progress.ts';
import type { BookKind } from '../model/book.ts';
import { type Edition, type Rendered } from './editions.ts';
import { type LoadOptions, type LoadResult } from './load-book.ts';
/** One run of the application path: which book, which editions, how strictly. */
export interface ProduceRequest extends LoadOptions {
    editions: ReadonlySet<Edition>;
    /** Warnings refuse the book too. */
    strict?: boolean;
    progress: Progress;
    /** Seconds since 1970 for the PDF's dates (SOURCE_DATE_EPOCH). */
    sourceDateEpoch?: number;
    /** Buku Satu (default) or the executive summary. */
    book?: BookKind;
    /** Called with the check's result before anything is rendered (to print its diagnostics). */
    onChecked?: (result: LoadResult) => void;
}
/** What one run came to: the check, and the rendered editions unless the check refused the book. */
export interface Produced {
    result: LoadResult;
    /** The check found errors (or warnings under `strict`): nothing was rendered. */
    refused: boolean;
    rendered?: Rendered;
}
/**
 * Load and check the book, then render the asked editions when the check allows it. The
 * one path `build`, `watch` and `serve` share; `write` puts the result on disk.
 */
export declare function produce(request: ProduceRequest): Promise<Produced>;
/** Write what was rendered into `outDir`, atomically; the paths written. */
export declare function writeRendered(outDir: string, rendered: Rendered): Promise<string[]>;
