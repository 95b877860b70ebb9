import { tint } from "../paint/color.js";
import { layoutTable } from "../table/layout-table.js";
import { breakLines } from "../text/break-lines.js";
import { inlineRuns, plain } from "../text/inline.js";
import { withStyle } from "../text/style.js";
import { lineBoxes } from "./lines.js";
const NUMERIC = /^[\s(]*(Rp\s?)?[-+]?[\d.,]+\s*(%|persen)?[)\s]*$/i;
function cellText(cell) {
    return cell.children.map((c) => ('value' in c ? c.value : '')).join('');
}
/** Columns whose body cells are all numbers are right-aligned unless the Markdown says otherwise. */
function alignments(node) {
    const columns = Math.max(...node.children.map((r) => r.children.length));
    return Array.from({ length: columns }, (_, c) => {
        const given = node.align?.[c];
        if (given)
            return given;
        const body = node.children.slice(1).map((r) => r.children[c]).filter((x) => x !== undefined);
        return body.length > 0 && body.every((cell) => NUMERIC.test(cellText(cell)) || cellText(cell).trim() === '') && body.some((cell) => cellText(cell).trim()) ? 'right' : 'left';
    });
}
/** "Tabel 4.2  Caption" centred above a table, kept with it. */
export function captionAbove(caption, ctx) {
    const t = ctx.theme.small;
    const style = withStyle(ctx.base, { size: t.size, color: ctx.theme.colors.text });
    const runs = [...plain(`${caption.label}  `, withStyle(style, { font: 'bold' })), ...plain(caption.caption, style)];
    const boxes = lineBoxes(breakLines(ctx.fonts, runs, ctx.width), { indent: ctx.indent, width: ctx.width, leading: t.leading, align: 'center' });
    boxes.forEach((b) => (b.keep = true));
    boxes[0].marks = [{ id: caption.id }];
    return [...boxes, { height: 3, keep: true }];
}
/** A GFM table: widths from content, wrapping cells, header tinted with the chapter colour and repeated. */
export function drawTable(node, ctx) {
    const t = ctx.theme.table;
    const style = withStyle(ctx.base, { size: t.size });
    const ictx = { theme: ctx.theme, ...(ctx.footnotes ? { footnotes: ctx.footnotes } : {}) };
    const cells = (row, s) => row.children.map((cell) => inlineRuns(cell.children, s, ictx));
    const [head, ...body] = node.children;
    const boxes = layoutTable({ fonts: ctx.fonts, indent: ctx.indent, width: ctx.width, frame: ctx.frame }, {
        ...(head ? { header: cells(head, withStyle(style, { font: 'bold' })) } : {}),
        rows: body.map((r) => cells(r, style)),
        align: alignments(node),
        type: t,
        padX: t.padX,
        padY: t.padY,
        headerFill: tint(ctx.colour, t.tint),
        ruleColour: ctx.colour,
        hairColour: ctx.theme.colors.hairline,
    });
    const caption = ctx.captions.get(node);
    return { boxes: [...(caption ? captionAbove(caption, ctx) : []), ...boxes], before: 12, after: 12 };
}
