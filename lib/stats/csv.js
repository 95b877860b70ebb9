import { toCsv } from "../export/csv.js";
import { statsWords } from "./words.js";
/** One row per total, dimension, element and OPD (also with zero), for spreadsheets; UTF-8 with BOM. */
export const csv = (view) => {
    const w = statsWords(view.lang);
    const rows = [[w.group, w.id, w.name, w.initiatives, w.quickWins]];
    rows.push([w.groups.total, '', w.total, view.total.initiatives, view.total.quickWins]);
    for (const row of [...view.dimensions, ...view.opds]) {
        rows.push([w.groups[row.kind], row.id, row.name, row.count.initiatives, row.count.quickWins]);
    }
    return toCsv(rows);
};
