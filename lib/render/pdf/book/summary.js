import { formatRupiah } from "../../../i18n/format.js";
import { glue } from "../flow/box.js";
import { plain } from "../text/inline.js";
import { chartBoxes } from "./chart.js";
import { quickWinTable } from "./annex-lists.js";
import { openChapter } from "./opening.js";
import { cellStyles, paragraph, partHeading } from "./part-heading.js";
import { fundingTable, recapTable, yearTable } from "./summary-tables.js";
/** The scope of the book in one paragraph, with its counts. */
function scope(bc) {
    const { summary, settings, lang } = bc.book;
    const text = bc.labels.scope({
        city: settings.city,
        start: settings.period.start,
        end: settings.period.end,
        initiatives: summary.total.initiatives,
        quickWins: summary.total.quickWins,
        opds: summary.leading.length,
        dimensions: summary.dimensions.length,
        budget: formatRupiah(summary.total.budget, lang),
    });
    return paragraph(bc, plain(text, { font: 'regular', size: bc.theme.body.size, color: bc.theme.colors.text }));
}
/** A small note under a table. */
function note(bc, text) {
    const { cell } = cellStyles(bc);
    return [glue(4), ...paragraph(bc, plain(text, { ...cell, font: 'italic', color: bc.theme.colors.muted }), { size: bc.theme.small.size, align: 'left' })];
}
function chart(bc, key) {
    const found = bc.book.charts.find((c) => c.key === key);
    return found ? chartBoxes(bc, found) : [];
}
/** The sub-parts of the summary in order: heading and what follows it. */
function parts(bc) {
    const l = bc.labels;
    return [
        [l.recap, [...recapTable(bc), ...chart(bc, 'counts'), ...chart(bc, 'budget')]],
        [l.budgetByFunding, fundingTable(bc)],
        [`${l.budgetByYear} (${bc.book.lang === 'id' ? 'juta rupiah' : 'million rupiah'})`, [...yearTable(bc), ...note(bc, l.lumpNote), ...chart(bc, 'years')]],
        [l.quickWinSummary, quickWinTable(bc)],
    ];
}
/** Ringkasan Eksekutif: the scope, the recapitulation per dimension, budget per funding source and per year, the quick wins, charts. */
export function drawSummary(bc, numbering = 'roman') {
    const title = bc.labels.executiveSummary;
    openChapter(bc, { id: bc.book.anchors.summary, title, colour: bc.accent, head: title, numbering, outline: title });
    bc.flow.addAll(scope(bc));
    bc.flow.addAll(note(bc, `${bc.labels.generated} ${bc.labels.illustrative}`));
    for (const [heading, boxes] of parts(bc)) {
        bc.flow.addAll(partHeading(bc, { title: heading }));
        bc.flow.addAll(boxes);
    }
}
