import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parse } from "../pipeline/parse.js";
import { loadSourceFile, read } from "../pipeline/read.js";
/** A parse result handed out afresh each time, so later stages may change the tree safely. */
function copy(parsed) {
    return { ...parsed, body: structuredClone(parsed.body) };
}
/**
 * Stages for `loadBook` that re-read only files whose size, mtime or ctime changed (or
 * that the watcher named) and re-parse only files whose bytes were re-read. Parsing
 * reports nothing (the rules run on every load), so a parse is valid until its bytes change.
 */
export function createStageCache() {
    const files = new Map();
    const parses = new Map();
    const last = { read: 0, parsed: 0 };
    async function load(full, root, cwd) {
        // A broken link has no stamp and is read (and reported) every time.
        const info = await stat(full).catch(() => undefined);
        const stamp = info ? `${info.size}:${info.mtimeMs}:${info.ctimeMs}` : `unreadable:${Date.now()}`;
        const cached = files.get(full);
        if (cached?.stamp === stamp)
            return cached.file;
        last.read++;
        const file = await loadSourceFile(full, root, cwd);
        files.set(full, { stamp, file });
        return file;
    }
    const cachedRead = async (contentDir, cwd) => {
        last.read = 0;
        last.parsed = 0;
        const result = await read(contentDir, cwd, load);
        const present = new Set([...result.files, ...(result.book ? [result.book] : [])].map((f) => f.path));
        for (const key of [...files.keys()]) {
            if (present.has(key))
                continue;
            files.delete(key);
            parses.delete(key);
        }
        return result;
    };
    const cachedParse = (file) => {
        const hit = parses.get(file.path);
        if (hit && hit.source === file)
            return copy(hit.parsed);
        last.parsed++;
        const parsed = parse(file);
        parses.set(file.path, { source: file, parsed: copy(parsed) });
        return parsed;
    };
    return {
        read: cachedRead,
        parse: cachedParse,
        invalidate(paths) {
            for (const p of paths)
                files.delete(path.resolve(p));
        },
        last,
    };
}
