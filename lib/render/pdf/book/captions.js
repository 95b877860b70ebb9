import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { labels } from "../../../i18n/labels.js";
import { onlyImages } from "../blocks/paragraph.js";
const EXPLICIT = /^(tabel|table)\s*:\s*(.+)$/i;
function explicitCaption(prev) {
    if (prev?.type !== 'paragraph')
        return undefined;
    return EXPLICIT.exec(toString(prev).trim())?.[2]?.trim();
}
function scan(scope, index, counters, book) {
    const l = labels(book.lang);
    const prefix = scope.chapter === undefined ? '' : `${scope.chapter}.`;
    let heading = '';
    scope.body.children.forEach((node, i) => {
        if (node.type === 'heading')
            heading = toString(node);
        if (node.type === 'table') {
            const n = `${prefix}${++counters.table}`;
            const explicit = explicitCaption(scope.body.children[i - 1]);
            if (explicit)
                index.hidden.add(scope.body.children[i - 1]);
            const caption = { label: `${l.table} ${n}`, caption: explicit ?? (heading ? `${scope.title} — ${heading}` : scope.title), id: `_tabel-${n}` };
            index.byNode.set(node, caption);
            index.tables.push(caption);
        }
    });
    visit(scope.body, 'paragraph', (paragraph) => {
        if (!onlyImages(paragraph))
            return;
        for (const node of paragraph.children) {
            if (node.type !== 'image')
                continue;
            const n = `${prefix}${++counters.figure}`;
            const caption = { label: `${l.figure} ${n}`, caption: node.title || node.alt || scope.title, id: `_gambar-${n}` };
            index.byNode.set(node, caption);
            index.figures.push(caption);
        }
    });
}
/** Number every table and figure of the book in reading order ("Tabel 4.2" in BAB IV). */
export function indexCaptions(book) {
    const index = { byNode: new WeakMap(), hidden: new WeakSet(), tables: [], figures: [] };
    const loose = { table: 0, figure: 0 };
    for (const c of book.front)
        scan({ title: c.title, body: c.body }, index, loose, book);
    for (const chapter of book.chapters) {
        const counters = { table: 0, figure: 0 };
        if (chapter.intro)
            scan({ chapter: chapter.number, title: chapter.intro.title, body: chapter.intro.body }, index, counters, book);
        for (const i of chapter.initiatives)
            scan({ chapter: chapter.number, title: i.title, body: i.body }, index, counters, book);
    }
    for (const c of book.back)
        scan({ title: c.title, body: c.body }, index, loose, book);
    return index;
}
