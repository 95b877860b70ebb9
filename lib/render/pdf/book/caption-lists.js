import { entryBox } from "./contents-entry.js";
/** Mark of a list's page. */
export function captionListId(kind) {
    return kind === 'tables' ? '_daftar-tabel' : '_daftar-gambar';
}
/** The lists the book needs: tables and figures, each only when there is one. */
export function captionLists(bc) {
    const lists = [
        { kind: 'tables', title: bc.labels.tables, items: bc.captions.tables },
        { kind: 'figures', title: bc.labels.figures, items: bc.captions.figures },
    ];
    return lists.filter((l) => l.items.length > 0);
}
/** Entries of a caption list: "Tabel 4.2", caption, dot leaders, page, each a link. */
export function captionListBoxes(bc, list) {
    const style = { font: 'regular', size: bc.theme.contents.size, color: bc.theme.colors.text };
    const numberStyle = { ...style, font: 'bold' };
    const numberWidth = Math.max(...list.items.map((c) => bc.fonts.width('bold', c.label, style.size))) + 12;
    return list.items.map((c) => entryBox(bc, { x: 0, numberWidth, number: c.label, title: c.caption, target: c.id, style, numberStyle, leading: bc.theme.contents.leading + 2 }));
}
