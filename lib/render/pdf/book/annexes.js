import { opdFullName } from "../../../model/names.js";
import { lineBoxes } from "../blocks/lines.js";
import { glue } from "../flow/box.js";
import { breakLines } from "../text/break-lines.js";
import { plain } from "../text/inline.js";
import { annexMatrix } from "./annex-matrix.js";
import { indicatorTable, initiativeList, quickWinTable } from "./annex-lists.js";
import { entryBox } from "./contents-entry.js";
import { openChapter } from "./opening.js";
import { paragraph, partHeading } from "./part-heading.js";
import { roadmapBoxes } from "./roadmap.js";
/** Initiatives per OPD, with page numbers; agencies that lead none are left to `stats`. */
function perOpd(bc) {
    const size = bc.theme.contents.size;
    const text = bc.theme.colors.text;
    const boxes = [];
    for (const { opd, initiatives } of bc.book.summary.leading) {
        const headStyle = { font: 'bold', size, color: text };
        const head = lineBoxes(breakLines(bc.fonts, plain(`${opdFullName(opd)} — ${initiatives.length}`, headStyle), bc.g.measure), { indent: 0, width: bc.g.measure, leading: 15, align: 'left' });
        head.forEach((b) => (b.keep = true));
        boxes.push(glue(8), ...head);
        for (const i of initiatives) {
            boxes.push(entryBox(bc, { x: 14, numberWidth: 40, number: i.number, title: i.title, target: i.anchor, style: { font: 'regular', size, color: text }, leading: 14.5 }));
        }
    }
    return boxes;
}
/** The roadmap with its reading note. */
function roadmap(bc) {
    const note = { font: 'italic', size: bc.theme.small.size, color: bc.theme.colors.muted };
    return [...paragraph(bc, plain(bc.labels.roadmapNote, note), { size: bc.theme.small.size, align: 'left' }), glue(6), ...roadmapBoxes(bc)];
}
const PARTS = {
    initiatives: initiativeList,
    quickWins: quickWinTable,
    matrix: annexMatrix,
    perOpd,
    roadmap,
    indicators: indicatorTable,
};
/** Lampiran: every annex of the book (or the ones asked for), each on a new page, with page numbers. */
export function drawAnnexes(bc, only) {
    const annexes = bc.book.annexes.filter((a) => !only || only.includes(a.key));
    openChapter(bc, { id: bc.book.anchors.annexes, title: bc.labels.annexes, colour: bc.accent, head: bc.labels.annexes, numbering: 'arabic', outline: bc.labels.annexes });
    annexes.forEach((a, n) => {
        if (n > 0)
            bc.flow.newPage();
        // A book with some annexes only numbers them afresh.
        const number = only ? n + 1 : a.number;
        bc.flow.addAll(partHeading(bc, { kicker: `${bc.labels.annex} ${number}`, title: a.title, mark: { id: a.anchor, outline: `${bc.labels.annex} ${number}. ${a.title}` } }));
        bc.flow.addAll(PARTS[a.key](bc));
    });
}
