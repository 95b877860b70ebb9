import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { classify, displayPath } from "../content/source.js";
/** Raised when the content folder itself is missing: a usage problem, not a content one. */
export class ContentDirError extends Error {
}
/** What a directory entry is, following symbolic links (a broken link is neither). */
async function kindOf(full, entry) {
    if (!entry.isSymbolicLink())
        return entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : undefined;
    const target = await stat(full).catch(() => undefined);
    // A broken link still counts as a file, so it is reported as unreadable instead of vanishing.
    return target?.isDirectory() ? 'dir' : 'file';
}
/** Collect book.yml and Markdown files; linked folders are followed once each, so a link loop ends. */
async function walk(dir, out, seen = new Set()) {
    const real = await realpath(dir);
    if (seen.has(real))
        return;
    seen.add(real);
    for (const entry of await readdir(dir, { withFileTypes: true })) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules')
            continue;
        const full = path.join(dir, entry.name);
        const kind = await kindOf(full, entry);
        if (kind === 'dir')
            await walk(full, out, seen);
        else if (kind === 'file' && (entry.name.endsWith('.md') || entry.name === 'book.yml'))
            out.push(full);
    }
}
/** Read one file from disk and classify it; a file that cannot be read is kept as `unreadable`. */
export async function loadSourceFile(full, root, cwd) {
    const rel = displayPath(root, full);
    const file = { path: full, display: displayPath(cwd, full), rel };
    try {
        return { ...file, kind: classify(rel), bytes: await readFile(full) };
    }
    catch {
        return { ...file, kind: 'unreadable', bytes: Buffer.alloc(0) };
    }
}
/** Read book.yml and every Markdown file under the content folder, in a stable order. */
export async function read(contentDir, cwd, load = loadSourceFile) {
    const root = path.resolve(cwd, contentDir);
    const info = await stat(root).catch(() => undefined);
    if (!info?.isDirectory())
        throw new ContentDirError(root);
    const paths = [];
    await walk(root, paths);
    paths.sort();
    const files = await Promise.all(paths.map((full) => load(full, root, cwd)));
    const book = files.find((f) => f.kind === 'book');
    return { contentDir: root, ...(book ? { book } : {}), files: files.filter((f) => f.kind !== 'book') };
}
