/** Raised when the file to create already exists: nothing was written. */
export declare class FileExistsError extends Error {
    readonly file: string;
    constructor(file: string);
}
/**
 * Create `file` with `data`, atomically and never over an existing file: the text goes
 * to a temporary file first, then a hard link gives it its name (which fails if the
 * name is taken), so readers never see half a file and nothing is overwritten.
 */
export declare function writeExclusive(file: string, data: string | Buffer): Promise<void>;
