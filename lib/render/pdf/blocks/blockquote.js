import { tint } from "../paint/color.js";
import { indented } from "./context.js";
import { drawBlocks } from "./markdown.js";
const INDENT = 16;
/** Add a left bar to every box (and the space between them), so the bar runs across page breaks. */
function withBar(boxes, ctx) {
    const colour = tint(ctx.colour, 0.55);
    return boxes.map((box) => ({
        ...box,
        paint: (p, x, y) => {
            p.fill(x + ctx.indent + 2, y, 2.4, box.height, colour);
            box.paint?.(p, x, y);
        },
    }));
}
/** A block quote: indented, with a bar in the chapter colour. */
export function drawBlockquote(node, ctx) {
    const inner = drawBlocks(node.children, { ...indented(ctx, INDENT), base: { ...ctx.base, color: ctx.theme.colors.muted } });
    return { boxes: withBar(inner.boxes, ctx), before: inner.before, after: inner.after };
}
