/** A running folder watcher. */
export interface FolderWatcher {
    /** Resolves once the initial scan is done and changes are being reported. */
    ready: Promise<void>;
    close(): Promise<void>;
}
/**
 * Watch a folder tree and call `onChange` with the absolute paths that changed, once
 * per burst (editors save in several steps: write a temp file, rename, touch).
 */
export declare function watchFolder(dir: string, onChange: (paths: string[]) => void, onError: (error: unknown) => void, debounceMs?: number): FolderWatcher;
