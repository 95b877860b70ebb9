import { type SourceFile } from '../content/source.ts';
/** Everything read from a content folder. */
export interface ReadResult {
    contentDir: string;
    book?: SourceFile;
    files: SourceFile[];
}
/** Raised when the content folder itself is missing: a usage problem, not a content one. */
export declare class ContentDirError extends Error {
}
/** Reads one file of the book project; `watch` passes a loader that keeps unchanged files. */
export type FileLoader = (full: string, root: string, cwd: string) => Promise<SourceFile>;
/** Read one file from disk and classify it; a file that cannot be read is kept as `unreadable`. */
export declare function loadSourceFile(full: string, root: string, cwd: string): Promise<SourceFile>;
/** Read book.yml and every Markdown file under the content folder, in a stable order. */
export declare function read(contentDir: string, cwd: string, load?: FileLoader): Promise<ReadResult>;
