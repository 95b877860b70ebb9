import path from 'node:path';
import { loadBook } from "../app/load-book.js";
import { applyDimensionOverrides } from "../config/book-config.js";
import { DimensionIndex } from "../config/dimension-index.js";
import { OpdRegistry } from "../config/opd-registry.js";
import { initiativeId } from "../domain/ids.js";
import { parse } from "../pipeline/parse.js";
import { read } from "../pipeline/read.js";
/** The id an initiative file claims, by the book's one id rule. */
function claimedId(file) {
    const data = parse(file).frontmatter?.data;
    const written = data && typeof data === 'object' && 'id' in data ? data.id : undefined;
    return initiativeId(written, path.basename(file.path)).id;
}
/**
 * Every id used in the book, also by files that do not pass the check yet (a broken
 * file still owns its id once fixed).
 */
async function takenIds(contentDir, cwd) {
    const source = await read(contentDir, cwd);
    const taken = new Map();
    for (const file of source.files.filter((f) => f.kind === 'initiative')) {
        const id = claimedId(file);
        if (!taken.has(id))
            taken.set(id, file.display);
    }
    return taken;
}
/** Load what `new` needs from the book project at `content` (relative to cwd). */
export async function loadBookContext(options) {
    const result = await loadBook({ cwd: options.cwd, content: options.content, ...(options.lang ? { lang: options.lang } : {}) });
    const settings = result.book.settings;
    const dimensions = applyDimensionOverrides(settings.dimensions);
    const contentDir = result.book.contentDir;
    return {
        lang: result.lang,
        settings,
        dimensions,
        index: new DimensionIndex(dimensions),
        registry: new OpdRegistry(settings.opd),
        taken: await takenIds(options.content, options.cwd),
        bookFile: path.relative(options.cwd, path.join(contentDir, 'book.yml')).split(path.sep).join('/'),
        contentDir,
    };
}
