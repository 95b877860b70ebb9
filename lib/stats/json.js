/** The counts exactly as product.md §4 documents them, with `byElement` after the documented keys. */
export const json = (_view, { stats }) => {
    const ordered = {
        initiatives: stats.initiatives,
        quickWins: stats.quickWins,
        byDimension: stats.byDimension,
        byOpd: stats.byOpd,
        opdsWithoutInitiatives: stats.opdsWithoutInitiatives,
        dimensionsWithoutQuickWin: stats.dimensionsWithoutQuickWin,
        byElement: stats.byElement,
    };
    return `${JSON.stringify(ordered, null, 2)}\n`;
};
