/** Key under `byElement` for initiatives without an element (not a valid element id, so no clash). */
export const NO_ELEMENT = '_none';
/** The book's summary in the shape `stats --format json` documents: it counts nothing itself. */
export function computeStats(book) {
    const { summary } = book;
    const byDimension = {};
    const byElement = {};
    for (const d of summary.dimensions) {
        byDimension[d.dimension.id] = d.count;
        byElement[d.dimension.id] = Object.fromEntries(d.elements.map((e) => [e.element?.id ?? NO_ELEMENT, e.count]));
    }
    const byOpd = {};
    for (const o of summary.opds)
        if (o.count.initiatives > 0)
            byOpd[o.group.opd.id] = o.count;
    return {
        initiatives: summary.total.initiatives,
        quickWins: summary.total.quickWins,
        byDimension,
        byOpd,
        opdsWithoutInitiatives: summary.opdsWithoutInitiatives.map((g) => g.opd.id),
        dimensionsWithoutQuickWin: summary.dimensionsWithoutQuickWin.map((d) => d.id),
        byElement,
    };
}
