import { theme } from '../theme.ts';
import type { Box } from '../flow/box.ts';
import { structNode } from '../flow/structure.ts';
import { breakLines } from '../text/break-lines.ts';
import { plain } from '../text/inline.ts';
import type { TextStyle } from '../text/style.ts';
import type { BookContext } from './context.ts';

/** One line of a contents list: a number column, a title that may wrap, dot leaders, a page number. */
export interface EntrySpec {
  x: number;
  numberWidth: number;
  number?: string;
  title: string;
  /** Mark whose printed page number is shown and to which the entry links. */
  target: string;
  style: TextStyle;
  numberStyle?: TextStyle;
  leading: number;
}

/** Width kept free at the right for page numbers. */
const PAGE_COLUMN = theme.contents.pageColumn;

/**
 * A contents entry as one box. The page number is looked up when painting (the page
 * of `target` is known only after layout); the whole entry is a link to its target.
 */
export function entryBox(bc: BookContext, e: EntrySpec): Box {
  const textX = e.x + e.numberWidth;
  const width = bc.g.measure - textX - PAGE_COLUMN - 10;
  const lines = breakLines(bc.fonts, plain(e.title, e.style), width);
  const height = lines.length * e.leading;
  return {
    height,
    tag: structNode('TOCI'),
    paint: (p, x, y) => {
      const last = lines.length - 1;
      if (e.number) p.text(e.number, e.numberStyle ?? e.style, x + e.x, p.baseline(y, e.leading, e.style.size));
      lines.forEach((line, i) => p.line(line, x + textX, y + i * e.leading, e.leading, width, 'left'));
      const base = p.baseline(y + last * e.leading, e.leading, e.style.size);
      const right = x + bc.g.measure;
      const label = p.pageLabel(e.target) ?? '';
      const labelWidth = bc.fonts.width(e.style.font, label, e.style.size);
      const from = right - PAGE_COLUMN + 4;
      const to = x + textX + lines[last]!.width + 6;
      if (from > to + 4) p.rule(from, base, to, base, bc.theme.colors.faint, 0.9, [0.01, 3.4]);
      p.text(label, e.style, right - labelWidth, base);
      p.link(x + e.x, y, bc.g.measure - e.x, height, { dest: e.target });
    },
  };
}
