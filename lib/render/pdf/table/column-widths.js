import { toWords } from "../text/words.js";
/** Narrowest and widest useful width of a cell's content (longest word; all on one line). */
function cellExtent(fonts, runs) {
    const words = toWords(fonts, runs, Number.POSITIVE_INFINITY);
    let min = 0;
    let max = 0;
    words.forEach((w, i) => {
        min = Math.max(min, w.width);
        max += w.width + (i < words.length - 1 ? w.space : 0);
    });
    return { min, max };
}
/**
 * Column widths from content, as browsers do for auto tables: every column gets at
 * least its longest word where possible, and the rest of the width is shared in
 * proportion to how much each column would like. The table always fills `total`.
 */
export function columnWidths(fonts, cells, total, pad) {
    const columns = Math.max(0, ...cells.map((r) => r.length));
    const min = new Array(columns).fill(0);
    const max = new Array(columns).fill(0);
    for (const row of cells) {
        row.forEach((runs, c) => {
            const e = cellExtent(fonts, runs);
            min[c] = Math.max(min[c], e.min + 2 * pad);
            max[c] = Math.max(max[c], e.max + 2 * pad, e.min + 2 * pad);
        });
    }
    const sumMin = min.reduce((a, b) => a + b, 0);
    const sumMax = max.reduce((a, b) => a + b, 0);
    if (sumMax <= total) {
        const extra = total - sumMax;
        return max.map((m) => m + (sumMax > 0 ? (extra * m) / sumMax : extra / columns));
    }
    if (sumMin >= total) {
        // Not even the longest words fit: share by longest word; long words are cut in cells.
        return min.map((m) => (total * m) / sumMin);
    }
    const room = total - sumMin;
    const want = sumMax - sumMin;
    return min.map((m, c) => m + (room * (max[c] - m)) / want);
}
