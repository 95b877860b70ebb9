import { write } from "../pipeline/write.js";
import { renderEditions } from "./editions.js";
import { loadBook } from "./load-book.js";
/**
 * Load and check the book, then render the asked editions when the check allows it. The
 * one path `build`, `watch` and `serve` share; `write` puts the result on disk.
 */
export async function produce(request) {
    const { editions, strict, progress, sourceDateEpoch, onChecked, book, ...load } = request;
    const result = await loadBook(load);
    onChecked?.(result);
    if (result.errors > 0 || (strict && result.warnings > 0))
        return { result, refused: true };
    const rendered = await renderEditions(result.book, editions, { lang: result.lang, progress, ...(book ? { book } : {}), ...(sourceDateEpoch !== undefined ? { sourceDateEpoch } : {}) });
    return { result, refused: false, rendered };
}
/** Write what was rendered into `outDir`, atomically; the paths written. */
export function writeRendered(outDir, rendered) {
    return write(outDir, rendered.files);
}
