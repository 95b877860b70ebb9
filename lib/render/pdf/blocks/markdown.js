import { glue } from "../flow/box.js";
import { drawBlockquote } from "./blockquote.js";
import { drawCode } from "./code.js";
import { drawHeading } from "./heading.js";
import { between } from "./lines.js";
import { drawList } from "./list.js";
import { drawParagraph } from "./paragraph.js";
import { drawTable } from "./table.js";
import { drawThematicBreak } from "./thematic-break.js";
/** The draw function of one Markdown block node; raw HTML and definitions draw nothing. */
export function drawNode(node, ctx) {
    if (ctx.hidden.has(node))
        return undefined;
    switch (node.type) {
        case 'paragraph':
            return drawParagraph(node, ctx);
        case 'heading':
            return drawHeading(node, ctx);
        case 'list':
            return drawList(node, ctx);
        case 'blockquote':
            return drawBlockquote(node, ctx);
        case 'code':
            return drawCode(node, ctx);
        case 'thematicBreak':
            return drawThematicBreak(ctx);
        case 'table':
            return drawTable(node, ctx);
        default:
            // html is dropped (the PDF shows no raw markup); footnote definitions print at the end.
            return undefined;
    }
}
/** Blocks one after another with collapsed spacing between them. */
export function stack(blocks) {
    const boxes = [];
    let after = 0;
    for (const block of blocks) {
        if (block.boxes.length === 0)
            continue;
        if (boxes.length)
            boxes.push(glue(between(after, block.before)));
        boxes.push(...block.boxes);
        if (block.leadIn)
            boxes[boxes.length - 1] = { ...boxes.at(-1), keep: true };
        after = block.after;
    }
    const first = blocks.find((b) => b.boxes.length);
    return { boxes, before: first?.before ?? 0, after };
}
/** Keep the last two content boxes together so a chapter never ends with one line alone on a page. */
export function keepEnding(boxes) {
    const content = boxes.flatMap((b, i) => (b.glue ? [] : [i]));
    const before = content.at(-2);
    if (before !== undefined)
        boxes[before] = { ...boxes[before], keep: true };
    return boxes;
}
/** Lay out a sequence of Markdown block nodes. */
export function drawBlocks(nodes, ctx) {
    return stack(nodes.map((n) => drawNode(n, ctx)).filter((b) => b !== undefined));
}
