import type { LaidPage } from '../flow/page.ts';
import { divertContent, fontObject, useFontOnPage, type Doc, type PdfkitFont } from '../pdfkit-internals.ts';
import { shapeToken } from '../shape.ts';
import type { TextStyle } from '../text/style.ts';
import { MM, leftEdge, type Geometry, type Theme } from '../theme.ts';
import type { Painter } from '../paint/painter.ts';

/** What page furniture needs to know about the book. */
export interface FurnitureContext {
  theme: Theme;
  g: Geometry;
  draft: boolean;
  draftLabel: string;
}

/** The watermark's operators, per document and paper: the same on every page of that size. */
const marks = new WeakMap<Doc, Map<string, { ops: string; font: PdfkitFont }>>();

/**
 * The diagonal KONSEP mark, light grey under the page content. pdfkit's text() lays it
 * out (encodes, measures, positions) on the first page of each size; later pages get the
 * operators it wrote, which name the same font and glyphs of the same document.
 */
export function draftMark(doc: Doc, f: FurnitureContext): void {
  let drawn = marks.get(doc);
  if (!drawn) marks.set(doc, (drawn = new Map()));
  const key = `${f.g.width} ${f.g.height}`;
  const seen = drawn.get(key);
  if (seen) {
    useFontOnPage(doc, seen.font);
    doc.addContent(seen.ops);
    return;
  }
  const ops: string[] = [];
  divertContent(
    doc,
    (data) => {
      ops.push(data);
      return true;
    },
    () => {
      const { size, angle } = f.theme.draftMark;
      const cx = f.g.width / 2;
      const cy = f.g.height / 2;
      doc.save().rotate(angle, { origin: [cx, cy] });
      const font = fontObject(doc, 'bold');
      shapeToken(font, f.draftLabel);
      doc.font('bold').fontSize(size).fillColor(f.theme.colors.draft);
      const w = doc.widthOfString(f.draftLabel, { characterSpacing: 8 });
      doc.text(f.draftLabel, cx - w / 2, cy - size * 0.62, { lineBreak: false, characterSpacing: 8 });
      doc.restore();
      drawn.set(key, { ops: ops.join('\n'), font });
    },
  );
}

function fit(p: Painter, text: string, style: TextStyle, max: number): string {
  if (p.fonts.width(style.font, text, style.size) <= max) return text;
  let t = text;
  while (t.length > 1 && p.fonts.width(style.font, `${t}…`, style.size) > max) t = t.slice(0, -1);
  return `${t.trimEnd()}…`;
}

/** Running head (book title left, chapter right, thin rule) and folio at the outer edge. */
export function furniture(p: Painter, page: LaidPage, label: string, f: FurnitureContext): void {
  const { g, theme } = f;
  const x = leftEdge(g, page.index + 1);
  const s = page.style;
  if (s.opening && s.colour) p.fullBleed(0, 0, g.width, theme.chapterOpening.bandHeight, s.colour);
  if (s.blank) return;
  const rh = theme.runningHead;
  if (s.head && !s.opening) {
    const style: TextStyle = { font: 'regular', size: rh.size, color: theme.colors.muted };
    const right = fit(p, s.head.right, style, g.measure * 0.48);
    const rw = p.fonts.width('regular', right, rh.size);
    const left = fit(p, s.head.left, style, g.measure - rw - 24);
    p.text(left, style, x, rh.baselineMm * MM);
    p.text(right, style, x + g.measure - rw, rh.baselineMm * MM);
    p.rule(x, rh.ruleMm * MM, x + g.measure, rh.ruleMm * MM, theme.colors.rule, 0.5);
  }
  if (s.folio) {
    const style: TextStyle = { font: 'regular', size: theme.folio.size, color: theme.colors.text };
    const w = p.fonts.width('regular', label, style.size);
    const recto = (page.index + 1) % 2 === 1;
    p.text(label, style, recto ? x + g.measure - w : x, g.height - theme.folio.baselineMm * MM);
  }
}

/**
 * The book's decoration of every page, handed to the engine's painter (as pdfmake's
 * header, footer and background callbacks): the KONSEP mark under a draft, the colour
 * band of a chapter opening, running heads and folios.
 */
export function decoratePage(f: Omit<FurnitureContext, 'g'>): (p: Painter, page: LaidPage, label: string, g: Geometry) => void {
  return (p, page, label, g) => {
    // The KONSEP mark is not text of the book: read aloud or copied, it is skipped.
    if (f.draft) p.artifact(() => draftMark(p.doc, { ...f, g }));
    furniture(p, page, label, { ...f, g });
  };
}
