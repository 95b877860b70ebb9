import { plain } from "../text/inline.js";
import { annexTable } from "./annex-table.js";
import { openChapter } from "./opening.js";
import { cellStyles } from "./part-heading.js";
/** Daftar Singkatan: every OPD short name and funding source short form with its full name. */
export function drawAbbreviations(bc) {
    const title = bc.labels.abbreviations;
    const { cell, bold } = cellStyles(bc);
    openChapter(bc, { id: bc.book.anchors.abbreviations, title, colour: bc.accent, head: title, numbering: 'roman', outline: title, anyPage: true });
    const head = bc.labels.abbreviationHead;
    const rows = bc.book.abbreviations.map((a) => [plain(a.short, bold), plain(a.full, cell)]);
    bc.flow.addAll(annexTable(bc, { header: [plain(head.short, bold), plain(head.full, bold)], rows, align: ['left', 'left'] }));
}
