import { lineBoxes } from "../blocks/lines.js";
import { breakLines } from "../text/break-lines.js";
import { plain } from "../text/inline.js";
import { withStyle } from "../text/style.js";
import { bodyStyle } from "./context.js";
/** A section heading of a generated part (annex, summary table): kept with what follows. */
export function partHeading(bc, h) {
    const section = bc.theme.headings.section;
    const style = { font: 'bold', size: section.size, color: bc.theme.colors.text };
    const boxes = [];
    if (h.kicker) {
        const kicker = { font: 'bold', size: 9, color: bc.accent, tracking: 1.6 };
        boxes.push(...lineBoxes(breakLines(bc.fonts, plain(h.kicker.toUpperCase(), kicker), bc.g.measure), { indent: 0, width: bc.g.measure, leading: 14, align: 'left' }));
    }
    boxes.push(...lineBoxes(breakLines(bc.fonts, plain(h.title, style), bc.g.measure), { indent: 0, width: bc.g.measure, leading: section.leading, align: 'left' }));
    boxes.forEach((b) => (b.keep = true));
    if (h.mark)
        boxes[0].marks = [{ id: h.mark.id, ...(h.mark.outline ? { outline: { title: h.mark.outline, level: 1 } } : {}) }];
    return [{ height: 14, glue: true }, ...boxes, { height: 8, keep: true }];
}
/** A paragraph of body text in the full measure (justified like the body, or as asked). */
export function paragraph(bc, runs, options = {}) {
    const leading = options.size ? options.size * 1.45 : bc.theme.body.leading;
    const styled = runs.map((r) => ({ ...r, style: withStyle(r.style, { ...(options.size ? { size: options.size } : {}), ...(options.color ? { color: options.color } : {}) }) }));
    return lineBoxes(breakLines(bc.fonts, styled, bc.g.measure), { indent: 0, width: bc.g.measure, leading, align: options.align ?? 'justify' });
}
/** Table cell styles: body at table size, and bold. */
export function cellStyles(bc) {
    const cell = withStyle(bodyStyle(bc), { size: bc.theme.table.size });
    return { cell, bold: withStyle(cell, { font: 'bold' }) };
}
