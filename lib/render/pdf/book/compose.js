import { drawAbbreviations } from "./abbreviations.js";
import { drawAnnexes } from "./annexes.js";
import { drawApproval } from "./approval.js";
import { captionListBoxes, captionListId, captionLists } from "./caption-lists.js";
import { drawChapter } from "./chapter.js";
import { contentsBoxes } from "./contents.js";
import { drawBackCover, drawCover } from "./cover.js";
import { drawDimension } from "./dimension.js";
import { openChapter } from "./opening.js";
import { drawSummary } from "./summary.js";
/** Mark of the Daftar Isi. */
export const CONTENTS_ID = '_daftar-isi';
/** Daftar Isi, then Daftar Tabel and Daftar Gambar when there are tables and figures, then Daftar Singkatan. */
function drawLists(bc) {
    const lists = captionLists(bc);
    const accent = bc.accent;
    openChapter(bc, { id: CONTENTS_ID, title: bc.labels.contents, colour: accent, head: bc.labels.contents, numbering: 'roman', outline: bc.labels.contents });
    bc.flow.addAll(contentsBoxes(bc, lists));
    for (const list of lists) {
        openChapter(bc, { id: captionListId(list.kind), title: list.title, colour: accent, head: list.title, numbering: 'roman', outline: list.title, anyPage: true });
        bc.flow.addAll(captionListBoxes(bc, list));
    }
    drawAbbreviations(bc);
}
/**
 * Buku Satu in the order of Indonesian government books (product.md §5): cover, approval,
 * preliminaries, contents and lists, executive summary, numbered chapters from front/,
 * the six dimension chapters, the chapters from back/, the annexes, the back cover.
 */
function composeSatu(bc) {
    const { front, back, chapters } = bc.book;
    drawCover(bc);
    drawApproval(bc);
    for (const chapter of front.filter((c) => !c.number))
        drawChapter(bc, chapter, { colour: bc.accent, numbering: 'roman' });
    drawLists(bc);
    drawSummary(bc);
    for (const chapter of front.filter((c) => c.number))
        drawChapter(bc, chapter, { colour: bc.accent, numbering: 'arabic' });
    for (const chapter of chapters)
        drawDimension(bc, chapter);
    for (const chapter of [...back.filter((c) => c.number), ...back.filter((c) => !c.number)])
        drawChapter(bc, chapter, { colour: bc.accent, numbering: 'arabic' });
    drawAnnexes(bc);
    drawBackCover(bc);
}
/** The executive summary for the mayor: cover, Sambutan, Ringkasan Eksekutif, quick wins and Peta Jalan, back cover. */
function composeRingkasan(bc) {
    drawCover(bc);
    for (const chapter of bc.book.front.filter((c) => !c.number && /sambutan|foreword/.test(c.id)))
        drawChapter(bc, chapter, { colour: bc.accent, numbering: 'roman' });
    drawSummary(bc, 'arabic');
    drawAnnexes(bc, ['roadmap']);
    drawBackCover(bc);
}
/** The whole book laid out in reading order; nothing is drawn yet. */
export function composeBook(bc, kind = 'satu') {
    if (kind === 'ringkasan')
        composeRingkasan(bc);
    else
        composeSatu(bc);
    return bc.flow.pages;
}
