import { FUNDING } from "../schema/initiative.js";
import { fundingRows, yearTable } from "./recap.js";
/** Count a list of initiatives. */
export function count(initiatives) {
    let quickWins = 0;
    for (const i of initiatives)
        if (i.quickWin)
            quickWins++;
    return { initiatives: initiatives.length, quickWins };
}
/** The sum of the budgets written (initiatives without one count as zero). */
export function budgetOf(initiatives) {
    return initiatives.reduce((sum, i) => sum + (i.budget ?? 0), 0);
}
function elements(chapter) {
    const known = new Set(chapter.dimension.elements.map((e) => e.id));
    const out = chapter.dimension.elements.map((element) => ({ element, count: count(chapter.initiatives.filter((i) => i.element?.id === element.id)) }));
    const rest = chapter.initiatives.filter((i) => !i.element || !known.has(i.element.id));
    if (rest.length > 0)
        out.push({ count: count(rest) });
    return out;
}
/** Count the assembled chapters and OPD groups: the one place the book's numbers come from. */
export function summarise(chapters, opds, period) {
    const all = chapters.flatMap((c) => c.initiatives);
    const quickWins = all.filter((i) => i.quickWin);
    return {
        total: { ...count(all), budget: budgetOf(all) },
        dimensions: chapters.map((c) => ({ dimension: c.dimension, count: count(c.initiatives), budget: budgetOf(c.initiatives), elements: elements(c) })),
        opds: opds.filter((g) => g.initiatives.length > 0).map((group) => ({
            group,
            count: count(group.initiatives),
            perDimension: chapters.map((c) => group.initiatives.filter((i) => i.dimension === c.dimension.id).length),
        })),
        quickWinBudget: budgetOf(quickWins),
        leading: opds.filter((g) => g.initiatives.length > 0),
        opdsWithoutInitiatives: opds.filter((g) => g.registered && g.initiatives.length === 0),
        dimensionsWithoutQuickWin: chapters.filter((c) => !c.initiatives.some((i) => i.quickWin)).map((c) => c.dimension),
        funding: fundingRows(all, FUNDING),
        years: yearTable(chapters, period),
    };
}
