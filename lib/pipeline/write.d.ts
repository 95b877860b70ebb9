/** A file to write, relative to the output folder. */
export interface OutputFile {
    name: string;
    data: string | Buffer;
}
/**
 * Write every file atomically: all go to temporary names first and are renamed into
 * place only when all were written, so a failure never leaves a half-written book.
 */
export declare function write(outDir: string, files: readonly OutputFile[]): Promise<string[]>;
