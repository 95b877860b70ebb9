import { breakLines } from "../text/break-lines.js";
import { inlineRuns } from "../text/inline.js";
import { withStyle } from "../text/style.js";
function styleFor(depth, ctx) {
    const h = ctx.theme.headings;
    return depth <= 2 ? h.h2 : depth === 3 ? h.h3 : h.h4;
}
/**
 * A heading inside a chapter or an initiative body (unnumbered; the numbered levels
 * are the book's own). It keeps with the next lines so it never ends a page.
 */
export function drawHeading(node, ctx) {
    const s = styleFor(node.depth, ctx);
    const font = node.depth === 3 ? 'boldItalic' : 'bold';
    const colour = node.depth <= 2 ? ctx.colour : ctx.theme.colors.text;
    const style = withStyle(ctx.base, { font, size: s.size, color: colour });
    const lines = breakLines(ctx.fonts, inlineRuns(node.children, style, { theme: ctx.theme }), ctx.width);
    const boxes = lines.map((line, i) => ({
        height: s.leading,
        keep: true,
        ...(i === lines.length - 1 ? { keepNext: ctx.theme.keepWithNextLines } : {}),
        paint: (p, x, y) => p.line(line, x + ctx.indent, y, s.leading, ctx.width, 'left'),
    }));
    return { boxes, before: s.before, after: s.after };
}
