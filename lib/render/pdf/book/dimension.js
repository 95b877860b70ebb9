import { lineBoxes } from "../blocks/lines.js";
import { glue } from "../flow/box.js";
import { breakLines } from "../text/break-lines.js";
import { plain } from "../text/inline.js";
import { chapterBody } from "./chapter.js";
import { bodyStyle } from "./context.js";
import { initiativeBoxes, numberColumn } from "./initiative.js";
import { openChapter } from "./opening.js";
function sectionBoxes(bc, section, colour) {
    const h = bc.theme.headings.section;
    const style = { font: 'bold', size: h.size, color: colour };
    const col = numberColumn(bc, section.number, style);
    const lines = breakLines(bc.fonts, plain(section.title, style), bc.g.measure - col);
    const boxes = lines.map((line, n) => ({
        height: h.leading,
        keep: true,
        paint: (p, x, y) => {
            if (n === 0)
                p.text(section.number, style, x, p.baseline(y, h.leading, h.size));
            p.line(line, x + col, y, h.leading, bc.g.measure - col, 'left');
            if (n === lines.length - 1)
                p.rule(x, y + h.leading + 3, x + bc.g.measure, y + h.leading + 3, colour, 0.6);
        },
    }));
    boxes[0].marks = [{ id: section.anchor }];
    return [glue(h.before), ...boxes, { height: h.after, keep: true }];
}
function noInitiatives(bc) {
    const style = { ...bodyStyle(bc), font: 'italic', color: bc.theme.colors.muted };
    const lines = breakLines(bc.fonts, plain(bc.labels.noInitiatives, style), bc.g.measure);
    return [glue(bc.theme.body.leading), ...lineBoxes(lines, { indent: 0, width: bc.g.measure, leading: bc.theme.body.leading, align: 'left' })];
}
/** "BAB IV": the dimension chapter with its introduction, element sections and initiatives. */
export function drawDimension(bc, chapter) {
    const colour = chapter.dimension.colour;
    const { title, label } = chapter;
    openChapter(bc, { id: chapter.anchor, label, title, colour, head: `${label}  ${title}`, numbering: 'arabic', outline: `${label} ${title}` });
    if (chapter.intro)
        bc.flow.addAll(chapterBody(bc, chapter.intro, colour).boxes);
    if (chapter.initiatives.length === 0)
        bc.flow.addAll(noInitiatives(bc));
    for (const section of chapter.sections) {
        bc.flow.addAll(sectionBoxes(bc, section, colour));
        section.initiatives.forEach((initiative, n) => {
            const boxes = initiativeBoxes(bc, initiative, colour);
            bc.flow.addAll(n === 0 ? boxes.slice(1) : boxes);
        });
    }
}
