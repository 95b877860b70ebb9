import { drawFootnotes } from "../blocks/footnotes.js";
import { drawBlocks, keepEnding, stack } from "../blocks/markdown.js";
import { glue } from "../flow/box.js";
import { breakLines } from "../text/break-lines.js";
import { Footnotes, plain } from "../text/inline.js";
import { blockContext } from "./context.js";
import { factsBoxes } from "./facts.js";
/** Width of the hanging column for a heading number ("4.1.12"). */
export function numberColumn(bc, number, style) {
    return Math.max(bc.fonts.width(style.font, number, style.size) + 9, style.size * 2.6);
}
/** The "QUICK WIN" badge: white capitals on a filled rounded box in the chapter colour. */
export function badge(bc, colour) {
    const b = bc.theme.badge;
    const style = { font: 'bold', size: b.size, color: bc.theme.colors.white, tracking: 0.5 };
    const text = bc.labels.quickWin;
    const width = bc.fonts.width('bold', text, b.size) + text.length * 0.5 + 2 * b.padX;
    return {
        width,
        paint: (p, x, baseline) => {
            const top = baseline - bc.fonts.capHeight('bold', 14) / 2 - b.height / 2 - 0.5;
            p.fill(x, top, width, b.height, colour, 2.2);
            p.text(text, style, x + b.padX, top + (b.height + bc.fonts.capHeight('bold', b.size)) / 2);
        },
    };
}
/** The initiative's numbered title with a hanging number, and its badge when a quick win. */
function titleBoxes(bc, i, colour) {
    const h = bc.theme.headings.initiative;
    const style = { font: 'bold', size: h.size, color: bc.theme.colors.text };
    const col = numberColumn(bc, i.number, style);
    const width = bc.g.measure - col;
    const lines = breakLines(bc.fonts, plain(i.title, style), width);
    const qw = i.quickWin ? badge(bc, colour) : undefined;
    const last = lines.at(-1);
    const badgeOnLast = qw && last.width + 10 + qw.width <= width;
    const boxes = lines.map((line, n) => ({
        height: h.leading,
        keep: true,
        paint: (p, x, y) => {
            if (n === 0)
                p.text(i.number, { ...style, color: colour }, x, p.baseline(y, h.leading, h.size));
            p.line(line, x + col, y, h.leading, width, 'left');
            if (qw && badgeOnLast && n === lines.length - 1)
                qw.paint(p, x + col + line.width + 10, p.baseline(y, h.leading, h.size));
        },
    }));
    if (qw && !badgeOnLast)
        boxes.push({ height: h.leading, keep: true, paint: (p, x, y) => qw.paint(p, x + col, p.baseline(y, h.leading, h.size)) });
    boxes[0].marks = [{ id: i.anchor, outline: { title: `${i.number} ${i.title}`, level: 1 } }];
    return boxes;
}
/** One initiative: title, facts block (kept with the title), body, footnotes. */
export function initiativeBoxes(bc, i, colour) {
    const h = bc.theme.headings.initiative;
    const footnotes = new Footnotes(i.anchor, i.body);
    const ctx = blockContext(bc, colour, { file: i.path, footnotes });
    const body = drawBlocks(i.body.children, ctx);
    const notes = drawFootnotes(i.body, ctx);
    const content = notes ? stack([body, notes]) : body;
    return [
        glue(h.before),
        ...titleBoxes(bc, i, colour),
        { height: h.after, keep: true },
        ...factsBoxes(bc, i, colour),
        ...(content.boxes.length ? [glue(Math.max(content.before, 12)), ...keepEnding(content.boxes)] : []),
    ];
}
