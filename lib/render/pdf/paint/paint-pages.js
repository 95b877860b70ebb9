import { collectAnchors } from "../flow/page.js";
import { addOutlineItem } from "../pdfkit-internals.js";
import { leftEdge } from "../theme.js";
import { draftMark, furniture } from "./furniture.js";
import { Numbering } from "./numbering.js";
import { Painter } from "./painter.js";
/** Bookmarks: level 0 under the root, level 1 under the latest level 0. */
class Outline {
    doc;
    pageWidth;
    chapter;
    constructor(doc, pageWidth) {
        this.doc = doc;
        this.pageWidth = pageWidth;
    }
    add(title, level, top) {
        const parent = level === 0 || !this.chapter ? this.doc.outline : this.chapter;
        const item = addOutlineItem(parent, title, top, this.pageWidth);
        if (level === 0)
            this.chapter = item;
    }
}
/** Draw every laid-out page: furniture, marks (destinations, bookmarks), boxes, then the text. */
export function paintPages(doc, pages, env) {
    const numbering = new Numbering(pages);
    const painter = new Painter(doc, env.fonts, env.g, collectAnchors(pages), (i) => numbering.label(i));
    const outline = new Outline(doc, env.g.width);
    const f = { theme: env.theme, g: env.g, draft: env.book.draft, draftLabel: env.draftLabel };
    const named = new Set();
    for (const page of pages) {
        doc.addPage({ size: [env.g.width, env.g.height], margins: { top: 0, bottom: 0, left: 0, right: 0 } });
        if (env.book.draft)
            draftMark(doc, f);
        furniture(painter, page, numbering.label(page.index), f);
        const x = leftEdge(env.g, page.index + 1);
        for (const { box, y } of page.placed) {
            for (const mark of box.marks ?? []) {
                if (!named.has(mark.id))
                    doc.addNamedDestination(mark.id, 'XYZ', null, y, null);
                named.add(mark.id);
                if (mark.outline)
                    outline.add(mark.outline.title, mark.outline.level, y);
            }
            box.paint?.(painter, x, y);
        }
        painter.flush(env.g.height);
        env.onPage?.(page.index + 1, pages.length);
    }
    return numbering;
}
