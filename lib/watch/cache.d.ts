import type { LoadStages } from '../app/load-book.ts';
/** Read and parse stages that keep each file between loads until it changes on disk. */
export interface StageCache extends LoadStages {
    /** Forget these absolute paths, so the next load reads them again whatever their mtime. */
    invalidate(paths: Iterable<string>): void;
    /** How many files the last load read from disk and parsed (the rest came from the cache). */
    readonly last: {
        read: number;
        parsed: number;
    };
}
/**
 * Stages for `loadBook` that re-read only files whose size, mtime or ctime changed (or
 * that the watcher named) and re-parse only files whose bytes were re-read. Parsing
 * reports nothing (the rules run on every load), so a parse is valid until its bytes change.
 */
export declare function createStageCache(): StageCache;
