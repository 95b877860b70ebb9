import { formatRupiah, formatYears } from "../../../i18n/format.js";
import { opdShortName, shortDimensionName } from "../../../model/names.js";
import { plain } from "../text/inline.js";
import { withStyle } from "../text/style.js";
import { annexTable } from "./annex-table.js";
import { cellStyles } from "./part-heading.js";
/** Column head of page numbers, short so the column stays narrow. */
const PAGE_SHORT = { id: 'Hal.', en: 'Page' };
function budget(bc, i) {
    return i.budget !== undefined ? formatRupiah(i.budget, bc.book.lang) : '–';
}
/** Daftar Inisiatif: every initiative with its lead OPD, years, budget, quick-win mark and page. */
export function initiativeList(bc) {
    const { cell, bold } = cellStyles(bc);
    const l = bc.labels;
    const rows = bc.book.initiatives.map((i) => [
        plain(i.number, cell),
        plain(i.title, withStyle(cell, { link: { dest: i.anchor } })),
        plain(opdShortName(i.opd), cell),
        plain(formatYears(i.startYear, i.endYear) || '–', cell),
        plain(budget(bc, i), cell),
        plain(i.quickWin ? l.yes : '–', cell),
        plain('000', withStyle(cell, { pageOf: i.anchor })),
    ]);
    rows.push([[], plain(l.total, bold), [], [], plain(formatRupiah(bc.book.summary.total.budget, bc.book.lang), bold), plain(String(bc.book.summary.total.quickWins), bold), []]);
    const header = [l.number, l.initiative, 'OPD', l.facts.years, l.facts.budget, l.quickWinsShort, PAGE_SHORT[bc.book.lang]].map((h) => plain(h, bold));
    return annexTable(bc, { header, rows, align: ['left', 'left', 'left', 'left', 'right', 'center', 'right'] });
}
/** The quick wins with dimension, lead OPD, years, budget and page, and their total budget. */
export function quickWinTable(bc) {
    const { cell, bold } = cellStyles(bc);
    const l = bc.labels;
    const rows = bc.book.quickWins.map((i) => [
        plain(i.number, cell),
        plain(i.title, withStyle(cell, { link: { dest: i.anchor } })),
        plain(shortDimensionName(bc.book.chapters.find((c) => c.number === i.chapter).title), cell),
        plain(opdShortName(i.opd), cell),
        plain(formatYears(i.startYear, i.endYear) || '–', cell),
        plain(budget(bc, i), cell),
        plain('000', withStyle(cell, { pageOf: i.anchor })),
    ]);
    if (rows.length)
        rows.push([[], plain(l.total, bold), [], [], [], plain(formatRupiah(bc.book.summary.quickWinBudget, bc.book.lang), bold), []]);
    const header = [l.number, l.initiative, l.facts.dimension, 'OPD', l.facts.years, l.facts.budget, PAGE_SHORT[bc.book.lang]].map((h) => plain(h, bold));
    return annexTable(bc, { header, rows, align: ['left', 'left', 'left', 'left', 'left', 'right', 'right'] });
}
/** Matriks Indikator: every KPI with its initiative, target and year. */
export function indicatorTable(bc) {
    const { cell, bold } = cellStyles(bc);
    const k = bc.labels.kpiHeader;
    const rows = bc.book.initiatives.flatMap((i) => i.kpi.map((kpi) => [plain(i.number, cell), plain(i.title, withStyle(cell, { link: { dest: i.anchor } })), plain(kpi.indicator, cell), plain(String(kpi.target), bold), plain(kpi.year ? String(kpi.year) : '–', cell)]));
    const header = [bc.labels.number, bc.labels.initiative, k.indicator, k.target, k.year].map((h) => plain(h, bold));
    return annexTable(bc, { header, rows, align: ['left', 'left', 'left', 'right', 'right'] });
}
