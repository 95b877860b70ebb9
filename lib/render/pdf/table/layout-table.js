import { breakLines } from "../text/break-lines.js";
import { columnWidths } from "./column-widths.js";
/** Tables up to this share of the text block are kept on one page. */
const SHORT_TABLE = 0.3;
/** Rows taller than this share of the text block are cut into pieces that can start low on a page. */
const TALL_ROW = 0.25;
function setRow(f, spec, cells, widths) {
    const lines = widths.map((w, c) => breakLines(f.fonts, cells[c] ?? [], Math.max(1, w - 2 * spec.padX)));
    const most = Math.max(1, ...lines.map((l) => l.length));
    return { cells: lines, height: most * spec.type.leading + 2 * spec.padY };
}
/** Cut a row taller than `limit` into row pieces, line by line (a cell is never clipped). */
function splitRow(row, spec, limit) {
    const perPiece = Math.max(1, Math.floor((limit - 2 * spec.padY) / spec.type.leading));
    if (row.height <= limit)
        return [row];
    const most = Math.max(...row.cells.map((c) => c.length));
    const out = [];
    for (let start = 0; start < most; start += perPiece) {
        const cells = row.cells.map((c) => c.slice(start, start + perPiece));
        const n = Math.max(1, ...cells.map((c) => c.length));
        const continues = start + perPiece < most;
        const continued = start > 0;
        const pads = (continues ? 0 : spec.padY) + (continued ? 0 : spec.padY);
        out.push({ cells, height: n * spec.type.leading + pads, continues, continued });
    }
    return out;
}
function paintRow(p, row, spec, widths, x, y, fill) {
    const total = widths.reduce((a, b) => a + b, 0);
    if (fill)
        p.fill(x, y, total, row.height, fill);
    let cx = x;
    row.cells.forEach((lines, c) => {
        const w = widths[c];
        if (c === 0 && spec.firstColumnFill && !fill)
            p.fill(cx, y, w, row.height, spec.firstColumnFill);
        const top = y + (row.continued ? 0 : spec.padY);
        lines.forEach((line, i) => p.line(line, cx + spec.padX, top + i * spec.type.leading, spec.type.leading, w - 2 * spec.padX, spec.align[c] ?? 'left'));
        cx += w;
    });
}
/**
 * A table as boxes: the header row (kept with the first row and repeated on every
 * page the table spans), then one box per body row; thin horizontal rules only.
 */
export function layoutTable(f, spec) {
    const all = [...(spec.header ? [spec.header] : []), ...spec.rows];
    const widths = spec.widths ?? columnWidths(f.fonts, all, f.width, spec.padX);
    const total = widths.reduce((a, b) => a + b, 0);
    const rule = (p, x, y, colour, w) => p.rule(x, y, x + total, y, colour, w);
    let header;
    let headHeight = 0;
    if (spec.header) {
        const row = setRow(f, spec, spec.header, widths);
        headHeight = row.height;
        header = {
            height: row.height,
            keep: true,
            paint: (p, x, y) => {
                paintRow(p, row, spec, widths, x + f.indent, y, spec.headerFill);
                rule(p, x + f.indent, y, spec.ruleColour, 0.9);
                rule(p, x + f.indent, y + row.height, spec.ruleColour, 0.6);
            },
        };
    }
    const limit = Math.min(f.frame - headHeight - 4, f.frame * TALL_ROW);
    const rows = spec.rows.flatMap((cells) => splitRow(setRow(f, spec, cells, widths), spec, limit));
    const boxes = rows.map((row, i) => ({
        height: row.height,
        ...(header ? { header } : {}),
        paint: (p, x, y) => {
            if (!header && i === 0)
                rule(p, x + f.indent, y, spec.ruleColour, 0.9);
            paintRow(p, row, spec, widths, x + f.indent, y);
            const last = i === rows.length - 1;
            if (!row.continues)
                rule(p, x + f.indent, y + row.height, last ? spec.ruleColour : spec.hairColour, last ? 0.9 : 0.4);
        },
    }));
    // A short table is not worth splitting: keep it whole on one page.
    const height = headHeight + rows.reduce((sum, r) => sum + r.height, 0);
    if (height <= f.frame * SHORT_TABLE)
        boxes.slice(0, -1).forEach((b) => (b.keep = true));
    return header ? [header, ...boxes] : boxes;
}
