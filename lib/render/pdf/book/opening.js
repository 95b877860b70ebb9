import { breakLines } from "../text/break-lines.js";
import { plain } from "../text/inline.js";
import { MM } from "../theme.js";
function openingBoxes(bc, o) {
    const t = bc.theme.headings;
    const co = bc.theme.chapterOpening;
    const marks = [{ id: o.id, ...(o.outline ? { outline: { title: o.outline, level: 0 } } : {}) }];
    const boxes = [{ height: co.dropMm * MM, keep: true, marks }];
    if (o.label) {
        const style = { font: 'bold', size: t.chapterLabel.size, color: o.colour, tracking: t.chapterLabel.tracking };
        const label = breakLines(bc.fonts, plain(o.label, style), bc.g.measure)[0];
        boxes.push({ height: t.chapterLabel.size * 2, keep: true, paint: (p, x, y) => p.line(label, x, y, t.chapterLabel.size * 1.6, bc.g.measure, 'left') });
    }
    const style = { font: 'bold', size: t.chapterTitle.size, color: bc.theme.colors.text };
    for (const line of breakLines(bc.fonts, plain(o.title, style), bc.g.measure * 0.85)) {
        boxes.push({ height: t.chapterTitle.leading, keep: true, paint: (p, x, y) => p.line(line, x, y, t.chapterTitle.leading, bc.g.measure, 'left') });
    }
    boxes.push({
        height: co.afterRule + co.ruleHeight + 10,
        keep: true,
        paint: (p, x, y) => p.fill(x, y + 10, co.ruleWidth, co.ruleHeight, o.colour),
    });
    return boxes;
}
/** Start a chapter on a new right-hand page: its opening block, then running heads for the pages after. */
export function openChapter(bc, o) {
    bc.flow.style = { numbering: o.numbering, folio: true, colour: o.colour, head: { left: bc.book.settings.title, right: o.head } };
    bc.flow.newPage({ recto: !o.anyPage, style: { opening: true } });
    bc.flow.addAll(openingBoxes(bc, o));
}
