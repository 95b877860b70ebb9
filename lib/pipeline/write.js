import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
/**
 * Write every file atomically: all go to temporary names first and are renamed into
 * place only when all were written, so a failure never leaves a half-written book.
 */
export async function write(outDir, files) {
    const token = `.tmp-${process.pid}-${Date.now()}`;
    const staged = [];
    try {
        for (const file of files) {
            const final = path.join(outDir, file.name);
            await mkdir(path.dirname(final), { recursive: true });
            const temp = `${final}${token}`;
            staged.push({ temp, final });
            await writeFile(temp, file.data);
        }
    }
    catch (error) {
        await Promise.all(staged.map((s) => rm(s.temp, { force: true })));
        throw error;
    }
    for (const s of staged)
        await rename(s.temp, s.final);
    return staged.map((s) => s.final);
}
