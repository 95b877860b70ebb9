import { labels } from "../i18n/labels.js";
import { factRows } from "../model/facts.js";
const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });
function byTitle(a, b) {
    return collator.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
/** Number the chapters of the book in reading order; preliminaries and unnumbered back chapters get none. */
export function chapterNumbers(front, dimensions, back) {
    let next = 1;
    const number = (chapters) => new Map(chapters.filter((c) => c.bab).map((c) => [c, next++]));
    const frontNumbers = number(front);
    const firstDimension = next;
    next += dimensions;
    return { front: frontNumbers, firstDimension, back: number(back) };
}
/** The sections of a dimension chapter: one per element that has initiatives, then "Lainnya"; initiatives by title. */
export function numberSections(dimension, chapter, initiatives, lang) {
    const groups = dimension.elements.map((element) => ({ element, items: initiatives.filter((i) => i.element?.id === element.id) }));
    const other = initiatives.filter((i) => !i.element || !dimension.elements.some((e) => e.id === i.element?.id));
    const sections = [];
    for (const { element, items } of [...groups, { element: undefined, items: other }]) {
        if (items.length === 0)
            continue;
        const number = `${chapter}.${sections.length + 1}`;
        const placed = items.sort(byTitle).map((i, k) => ({ ...i, number: `${number}.${k + 1}`, chapter, facts: factRows(i, lang) }));
        const title = element ? element.name[lang] : labels(lang).otherElement;
        sections.push({ id: `${dimension.id}--${element?.id ?? 'lainnya'}`, number, title, ...(element ? { element } : {}), initiatives: placed });
    }
    return sections;
}
