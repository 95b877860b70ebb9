import { useFontOnPage } from "../pdfkit-internals.js";
import { textOperators } from "../text/emit.js";
/** Lines needing more than this many ems of extra space per gap stay ragged instead of justified. */
const MAX_STRETCH_EM = 1;
/**
 * What boxes draw with: text, fills, rules, images, links. Text is collected and
 * written once per page after the graphics, so tints and panels sit behind it.
 */
export class Painter {
    doc;
    fonts;
    g;
    anchors;
    labelOf;
    texts = [];
    constructor(doc, fonts, g, anchors, labelOf) {
        this.doc = doc;
        this.fonts = fonts;
        this.g = g;
        this.anchors = anchors;
        this.labelOf = labelOf;
    }
    /** Printed page number of the page a mark landed on, if it exists. */
    pageLabel(id) {
        const anchor = this.anchors.get(id);
        return anchor ? this.labelOf(anchor.page) : undefined;
    }
    /** Whether a named place exists (links to missing places are dropped). */
    has(id) {
        return this.anchors.has(id);
    }
    /** Baseline of a line of `size` text centred in a line box of `leading`. */
    baseline(top, leading, size) {
        return top + (leading + this.fonts.capHeight('regular', size)) / 2;
    }
    /** Draw a single piece of text with its baseline at `baseline`. */
    text(text, style, x, baseline) {
        if (text)
            this.texts.push({ text, style, x, baseline, wordSpace: 0 });
    }
    /** A page number looked up now that layout is done, right-aligned at `right`. */
    pageNumber(style, right, baseline) {
        const label = this.pageLabel(style.pageOf) ?? '';
        this.text(label, style, right - this.fonts.width(style.font, label, style.size), baseline);
    }
    /** Draw one set line in a line box at `top`. */
    line(line, x, top, leading, width, align) {
        if (line.frags.length === 0)
            return;
        const size = Math.max(...line.frags.map((f) => (f.style.rise ? 0 : f.style.size)));
        const base = this.baseline(top, leading, size);
        let extra = align === 'justify' && !line.last && line.gaps > 0 ? (width - line.width) / line.gaps : 0;
        if (extra > MAX_STRETCH_EM * size || extra < 0)
            extra = 0;
        const x0 = align === 'right' ? x + width - line.width : align === 'center' ? x + (width - line.width) / 2 : x;
        for (const frag of line.frags) {
            const fx = x0 + frag.x + extra * frag.gapsBefore;
            const fw = frag.width + extra * frag.gaps;
            this.decorate(frag.style, fx, fw, base, top, leading);
            if (frag.style.pageOf !== undefined)
                this.pageNumber(frag.style, fx + fw, base);
            else
                this.texts.push({ text: frag.text, style: frag.style, x: fx, baseline: base, wordSpace: extra });
        }
    }
    /** Inline-code tint, strike-through, underline and link area of a fragment. */
    decorate(style, x, w, base, top, leading) {
        if (style.background)
            this.fill(x - 1.2, base - style.size * 0.78, w + 2.4, style.size * 1.04, style.background, 1.5);
        if (style.strike)
            this.rule(x, base - style.size * 0.3, x + w, base - style.size * 0.3, style.color, 0.6);
        if (style.underline)
            this.rule(x, base + 1.4, x + w, base + 1.4, style.color, 0.5);
        if (style.link)
            this.link(x, top, w, leading, style.link);
    }
    /** A filled rectangle, optionally with rounded corners. */
    fill(x, y, w, h, colour, radius = 0) {
        this.doc.save();
        (radius ? this.doc.roundedRect(x, y, w, h, radius) : this.doc.rect(x, y, w, h)).fill(colour);
        this.doc.restore();
    }
    /** An outlined rectangle. */
    outline(x, y, w, h, colour, width) {
        this.doc.save().lineWidth(width).rect(x, y, w, h).stroke(colour);
        this.doc.restore();
    }
    /** A straight line. */
    rule(x1, y1, x2, y2, colour, width, dash) {
        this.doc.save().lineWidth(width).strokeColor(colour);
        if (dash)
            this.doc.lineCap('round').dash(dash[0], { space: dash[1] });
        this.doc.moveTo(x1, y1).lineTo(x2, y2).stroke();
        this.doc.restore();
    }
    /** A circle, filled or outlined (list bullets). */
    circle(cx, cy, r, colour, filled) {
        this.doc.save().lineWidth(0.6);
        const path = this.doc.circle(cx, cy, r);
        if (filled)
            path.fill(colour);
        else
            path.stroke(colour);
        this.doc.restore();
    }
    /** A task-list box, ticked when `checked`. */
    checkbox(x, y, size, checked, colour) {
        this.doc.save().lineWidth(0.7).rect(x, y, size, size).stroke(colour);
        if (checked) {
            this.doc.lineWidth(1.1).lineCap('round').lineJoin('round');
            this.doc.moveTo(x + size * 0.2, y + size * 0.55).lineTo(x + size * 0.42, y + size * 0.78).lineTo(x + size * 0.82, y + size * 0.22).stroke(colour);
        }
        this.doc.restore();
    }
    /** An image file scaled into the box. */
    image(file, x, y, w, h) {
        this.doc.image(file, x, y, { width: w, height: h });
    }
    /** A clickable area: a web address or a named place in the book. */
    link(x, y, w, h, link) {
        if ('url' in link)
            this.doc.link(x, y, w, h, link.url);
        else if (this.anchors.has(link.dest))
            this.doc.goTo(x, y, w, h, link.dest);
    }
    /** Write the page's collected text (call once per page, last). */
    flush(pageHeight) {
        if (this.texts.length === 0)
            return;
        const ops = textOperators(this.fonts, this.texts, pageHeight, (font) => useFontOnPage(this.doc, font));
        this.doc.addContent(ops);
        this.texts = [];
    }
}
