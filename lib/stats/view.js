import { labels } from "../i18n/labels.js";
import { opdShortName } from "../model/names.js";
import { NO_ELEMENT } from "./compute.js";
function dimensionRows(book, lang) {
    return book.summary.dimensions.flatMap(({ dimension: d, count, elements }) => [
        { kind: 'dimension', id: d.id, name: d.name[lang], count, colour: d.colour },
        ...elements.map((e) => ({
            kind: 'element',
            id: `${d.id}/${e.element?.id ?? NO_ELEMENT}`,
            name: e.element ? e.element.name[lang] : labels(lang).otherElement,
            count: e.count,
        })),
    ]);
}
/** Name the book's counts for people to read: what the table, Markdown and CSV formats print. */
export function statsView(book, lang) {
    const { summary } = book;
    const counts = new Map(summary.opds.map((o) => [o.group, o.count]));
    const opds = book.opds.map((group, order) => ({ order, row: { kind: 'opd', id: group.opd.id, name: opdShortName(group.opd), count: counts.get(group) ?? { initiatives: 0, quickWins: 0 } } }));
    opds.sort((a, b) => b.row.count.initiatives - a.row.count.initiatives || a.order - b.order);
    return {
        lang,
        title: book.settings.title,
        total: { initiatives: summary.total.initiatives, quickWins: summary.total.quickWins },
        dimensions: dimensionRows(book, lang),
        opds: opds.map((o) => o.row),
        opdsWithoutInitiatives: summary.opdsWithoutInitiatives.map((g) => opdShortName(g.opd)),
        dimensionsWithoutQuickWin: summary.dimensionsWithoutQuickWin.map((d) => d.name[lang]),
    };
}
