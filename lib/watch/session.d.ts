import { type Edition, type Rendered } from '../app/editions.ts';
import type { LoadResult } from '../app/load-book.ts';
import type { Io } from '../io/io.ts';
import type { Lang } from '../i18n/lang.ts';
/** What a rebuild is asked to do. */
export interface SessionOptions {
    io: Io;
    content: string;
    lang?: Lang;
    draft?: boolean;
    editions: ReadonlySet<Edition>;
    /** Stops the session when aborted. */
    signal: AbortSignal;
    /** Called after every rebuild, with the rendered book or without it when the check failed. */
    onBuilt: (outcome: Outcome) => Promise<void> | void;
}
/** One rebuild: the check's result and, when it passed and rendering worked, the rendered editions. */
export interface Outcome {
    result?: LoadResult;
    rendered?: Rendered;
    /** Why nothing was rendered when it was not a content error (a renderer or file-system failure). */
    failure?: string;
    lang: Lang;
    seconds: number;
}
/**
 * Watch the content folder and rebuild after each burst of changes, re-reading only
 * the files that changed. Content errors are printed, never fatal; the session ends
 * when `signal` aborts. The first build runs before watching starts, and a usage
 * problem there (no content folder) is thrown as usual.
 */
export declare function runSession(options: SessionOptions): Promise<void>;
