/**
 * The paginator: places boxes top to bottom and breaks pages. At an overflow it
 * backs up to the last box that allows a break after it (`keep` chains headings to
 * their first lines and paragraph lines against widows and orphans), carries the
 * rest over, and repeats a table's header row on the new page.
 */
export class Flow {
    g;
    pages = [];
    /** Style for pages opened from now on. */
    style = { numbering: 'roman', folio: true };
    page;
    y = 0;
    keepCount = 0;
    constructor(g) {
        this.g = g;
    }
    /** Height of the text block. */
    get frame() {
        return this.g.bottom - this.g.top;
    }
    /** Space left on the current page. */
    get remaining() {
        return this.page ? this.g.bottom - this.y : this.frame;
    }
    /** Physical index of the page being filled (-1 before the first). */
    get pageIndex() {
        return this.page?.index ?? -1;
    }
    /** Start a new page, on the right-hand side when `recto` (a blank left page is inserted). */
    newPage(options = {}) {
        const next = this.pages.length;
        if (options.recto && next % 2 === 1) {
            // The blank page belongs to what came before (its numbering), not to the new chapter.
            const before = this.pages.at(-1)?.style ?? this.style;
            this.open({ numbering: before.numbering, folio: false, blank: true });
        }
        this.open({ ...this.style, ...options.style });
    }
    /** Place boxes in order. */
    addAll(boxes) {
        for (const box of boxes)
            this.add(box);
    }
    /** Place one box, breaking the page before it when it does not fit. */
    add(input) {
        const box = this.withKeeps(input);
        if (!this.page)
            this.open(this.style);
        const page = this.page;
        const hasContent = page.placed.some((p) => !p.box.glue);
        if (box.glue) {
            if (!hasContent)
                return;
            if (this.y + box.height > this.g.bottom)
                this.y = this.g.bottom;
            else
                this.place(box);
            return;
        }
        if (this.y + box.height <= this.g.bottom + 0.01 || !hasContent) {
            if (!hasContent && box.header && box.header !== box)
                this.place(box.header);
            this.place(box);
            return;
        }
        const carried = this.takeCarry(page);
        this.open({ ...this.style, opening: false });
        for (const item of carried)
            this.add(item);
        this.add(box);
    }
    /** The boxes after the last legal break on a full page, removed from it. */
    takeCarry(page) {
        const placed = page.placed;
        let k = placed.length - 1;
        while (k >= 0 && (placed[k].box.glue || placed[k].box.keep))
            k--;
        const firstContent = placed.findIndex((p) => !p.box.glue);
        if (k < firstContent || k < 0)
            return [];
        const carried = placed.splice(k + 1).map((p) => p.box);
        while (carried[0]?.glue)
            carried.shift();
        return carried;
    }
    /** Apply a heading's "keep with the next n lines" to the boxes that follow it (as copies). */
    withKeeps(box) {
        if (box.glue) {
            // Keeping stops at the end of the block that follows the heading.
            this.keepCount = 0;
            return box;
        }
        if (box.keepNext) {
            this.keepCount = box.keepNext - 1;
            return { ...box, keep: true, keepNext: 0 };
        }
        if (this.keepCount > 0) {
            this.keepCount--;
            return box.keep ? box : { ...box, keep: true };
        }
        return box;
    }
    open(style) {
        this.page = { index: this.pages.length, style, placed: [] };
        this.pages.push(this.page);
        this.y = this.g.top;
    }
    place(box) {
        this.page.placed.push({ box, y: this.y });
        this.y += box.height;
    }
}
