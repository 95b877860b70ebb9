import { link, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
/** Raised when the file to create already exists: nothing was written. */
export class FileExistsError extends Error {
    file;
    constructor(file) {
        super(`${file} exists`);
        this.file = file;
    }
}
/**
 * Create `file` with `data`, atomically and never over an existing file: the text goes
 * to a temporary file first, then a hard link gives it its name (which fails if the
 * name is taken), so readers never see half a file and nothing is overwritten.
 */
export async function writeExclusive(file, data) {
    await mkdir(path.dirname(file), { recursive: true });
    const temp = `${file}.tmp-${process.pid}-${Date.now()}`;
    try {
        await writeFile(temp, data, { flag: 'wx' });
        await link(temp, file);
    }
    catch (error) {
        if (error instanceof Error && 'code' in error && error.code === 'EEXIST')
            throw new FileExistsError(file);
        throw error;
    }
    finally {
        await rm(temp, { force: true });
    }
}
