import { plain } from "../text/inline.js";
import { withStyle } from "../text/style.js";
import { annexTable } from "./annex-table.js";
import { bodyStyle } from "./context.js";
function count(n, style, faint) {
    return n === 0 ? plain('–', withStyle(style, { color: faint })) : plain(String(n), style);
}
/** OPD × dimension matrix: how many initiatives each OPD leads in each dimension, with totals, as the summary counts them. */
export function annexMatrix(bc) {
    const style = withStyle(bodyStyle(bc), { size: bc.theme.table.size });
    const bold = withStyle(style, { font: 'bold' });
    const faint = bc.theme.colors.faint;
    const { summary, chapters } = bc.book;
    const rows = summary.opds.map(({ group, perDimension, count: c }) => [
        plain(group.opd.short ?? group.opd.name, style),
        ...perDimension.map((n) => count(n, style, faint)),
        count(c.initiatives, bold, faint),
    ]);
    rows.push([plain(bc.labels.total, bold), ...summary.dimensions.map((d) => count(d.count.initiatives, bold, faint)), plain(String(summary.total.initiatives), bold)]);
    return annexTable(bc, {
        header: [plain('OPD', bold), ...chapters.map((c) => plain(c.title, bold)), plain(bc.labels.total, bold)],
        rows,
        align: ['left', ...chapters.map(() => 'right'), 'right'],
    });
}
