import { hyphenator } from '../text/hyphenate.ts';
import { lineBoxes } from '../blocks/lines.ts';
import type { Box } from '../flow/box.ts';
import { structNode, tagAll } from '../flow/structure.ts';
import { breakLines } from '../text/break-lines.ts';
import { plain } from '../text/inline.ts';
import { withStyle, type Run, type TextStyle } from '../text/style.ts';
import { bodyStyle, type BookContext } from './context.ts';

/** What a heading inside a generated part says and where it is marked. */
export interface PartHeading {
  /** Small capitals above the title ("LAMPIRAN 1"). */
  kicker?: string;
  title: string;
  /** Named destination and bookmark (level 1). */
  mark?: { id: string; outline?: string };
}

/** A section heading of a generated part (annex, summary table): kept with what follows. */
export function partHeading(bc: BookContext, h: PartHeading): Box[] {
  const section = bc.theme.headings.section;
  const style: TextStyle = { font: 'bold', size: section.size, color: bc.theme.colors.text };
  const boxes: Box[] = [];
  if (h.kicker) {
    const kicker: TextStyle = { font: 'bold', size: 9, color: bc.accent, tracking: 1.6 };
    boxes.push(...lineBoxes(breakLines(bc.fonts, plain(h.kicker.toUpperCase(), kicker), bc.g.measure), { indent: 0, width: bc.g.measure, leading: 14, align: 'left' }));
  }
  boxes.push(...lineBoxes(breakLines(bc.fonts, plain(h.title, style), bc.g.measure), { indent: 0, width: bc.g.measure, leading: section.leading, align: 'left' }));
  boxes.forEach((b) => (b.keep = true));
  tagAll(boxes, structNode('H2'));
  if (h.mark) boxes[0]!.marks = [{ id: h.mark.id, ...(h.mark.outline ? { outline: { title: h.mark.outline, level: 1 } } : {}) }];
  return [{ height: 14, glue: true }, ...boxes, { height: 8, keep: true }];
}

/** A paragraph of body text in the full measure (justified like the body, or as asked). */
export function paragraph(bc: BookContext, runs: Run[], options: { size?: number; color?: string; align?: 'left' | 'justify' } = {}): Box[] {
  const leading = options.size ? options.size * 1.45 : bc.theme.body.leading;
  const styled = runs.map((r) => ({ ...r, style: withStyle(r.style, { ...(options.size ? { size: options.size } : {}), ...(options.color ? { color: options.color } : {}) }) }));
  const align = options.align ?? 'justify';
  // Justified text may hyphenate; ragged lines (notes, lists of names) never do.
  const lines = breakLines(bc.fonts, styled, bc.g.measure, bc.g.measure, align === 'justify' ? { hyphenate: hyphenator(bc.book.lang), justify: true } : {});
  return lineBoxes(lines, { indent: 0, width: bc.g.measure, leading, align });
}

/** Table cell styles: body at table size, and bold. */
export function cellStyles(bc: BookContext): { cell: TextStyle; bold: TextStyle } {
  const cell = withStyle(bodyStyle(bc), { size: bc.theme.table.size });
  return { cell, bold: withStyle(cell, { font: 'bold' }) };
}
