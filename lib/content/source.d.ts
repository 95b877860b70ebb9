/** What a file is, judged by where it sits in the book project. */
export type SourceKind = 'book' | 'front' | 'dimension' | 'initiative' | 'back' | 'stray' | 'unreadable';
/** A file of the book project as read from disk. */
export interface SourceFile {
    /** Absolute path. */
    path: string;
    /** Path relative to the working directory with `/` separators, as printed in diagnostics. */
    display: string;
    /** Path relative to the content folder with `/` separators. */
    rel: string;
    kind: SourceKind;
    bytes: Buffer;
}
/** A file as the rules on files see it (stray and unreadable files are reported here). */
export interface SourceSubject {
    file: string;
    source: SourceFile;
}
/** Path relative to `from` with forward slashes. */
export declare function displayPath(from: string, file: string): string;
/** Classify a path relative to the content folder. */
export declare function classify(rel: string): SourceKind;
