function row(i, dimensionName, lang) {
    return {
        number: i.number,
        id: i.id,
        title: i.title,
        dimension: i.dimension,
        dimension_name: dimensionName,
        element: i.element?.id ?? null,
        element_name: i.element?.name[lang] ?? null,
        opd: i.opd.id,
        opd_name: i.opd.name,
        supporting_opd: i.supportingOpd.map((o) => o.id),
        supporting_opd_names: i.supportingOpd.map((o) => o.name),
        quick_win: i.quickWin,
        horizon: i.horizon ?? null,
        start_year: i.startYear ?? null,
        end_year: i.endYear ?? null,
        status: i.status ?? null,
        budget: i.budget ?? null,
        funding: [...i.funding],
        partners: [...i.partners],
        kpi: i.kpi.map((k) => ({ indicator: k.indicator, target: k.target, year: k.year ?? null })),
        file: i.file,
    };
}
/** Every valid initiative of the book as a record, in the book's order (by chapter and number). */
export function exportRows(book) {
    return book.chapters.flatMap((chapter) => chapter.initiatives.map((i) => row(i, chapter.dimension.name[book.lang], book.lang)));
}
