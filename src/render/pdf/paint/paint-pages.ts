import type { FontSet } from '../fonts.ts';
import type { Mark } from '../flow/box.ts';
import { allPlaced, type LaidPage } from '../flow/page.ts';
import { addOutlineItem, type Doc, type OutlineItem } from '../pdfkit-internals.ts';
import { landscape, leftEdge, MM, type Geometry } from '../theme.ts';
import { Numbering } from './numbering.ts';
import type { TypesetStats } from '../typeset-stats.ts';
import { Painter } from './painter.ts';
import type { Survey } from './survey.ts';
import { structNode } from '../flow/structure.ts';
import { Tagger } from './tagging.ts';

/** Bookmarks: level 0 under the root, level 1 under the latest level 0. */
class Outline {
  private chapter: OutlineItem | undefined;

  constructor(private readonly doc: Doc, private readonly pageWidth: number) {}

  add(title: string, level: number, top: number): void {
    const parent = level === 0 || !this.chapter ? this.doc.outline : this.chapter;
    const item = addOutlineItem(parent, title, top, this.pageWidth);
    if (level === 0) this.chapter = item;
  }
}

/** Room for the crop marks outside the bleed: a 1 mm gap and 5 mm long lines. */
const MARK_GAP = 1 * MM;
const MARK_LENGTH = 5 * MM;

/** The paper a page is printed on: the trim size, or with bleed that plus the bleed and room for crop marks. */
export function sheet(g: Geometry, bleed: number): { offset: number; width: number; height: number } {
  const offset = bleed > 0 ? bleed + MARK_GAP + MARK_LENGTH : 0;
  return { offset, width: g.width + 2 * offset, height: g.height + 2 * offset };
}

/**
 * For a print shop: TrimBox (the page as it is cut, the paper size), BleedBox (that
 * plus the bleed), and crop marks at the corners outside the bleed, in registration black.
 */
function printMarks(doc: Doc, g: Geometry, bleed: number, offset: number, height: number): void {
  const data = (doc.page as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data;
  const box = (inset: number) => [offset - inset, height - offset - g.height - inset, offset + g.width + inset, height - offset + inset];
  data.TrimBox = box(0);
  data.BleedBox = box(bleed);
  doc.save().lineWidth(0.25).strokeColor('#000000');
  const far = bleed + MARK_GAP;
  for (const [x, dx] of [[0, -1], [g.width, 1]] as const) {
    for (const [y, dy] of [[0, -1], [g.height, 1]] as const) {
      doc.moveTo(x + dx * far, y).lineTo(x + dx * (far + MARK_LENGTH), y).stroke();
      doc.moveTo(x, y + dy * far).lineTo(x, y + dy * (far + MARK_LENGTH)).stroke();
    }
  }
  doc.restore();
}

/** How pages are painted: the fonts and paper, and what the book draws on every page around its boxes. */
export interface PaintEnv {
  fonts: FontSet;
  g: Geometry;
  /** Draws a page's decoration (running heads, folios, marks) before its boxes; the engine knows nothing of it. */
  decorate?: (p: Painter, page: LaidPage, label: string, g: Geometry) => void;
  bleed?: number;
  stats?: TypesetStats;
  onPage?: (done: number, total: number) => void;
}

/**
 * Draws laid-out pages one at a time, as the layout finishes them, so no page is kept
 * once drawn: furniture, marks (destinations, bookmarks), boxes, then the text. Page
 * numbers and mark positions come from the survey of a first layout.
 */
export class PagePainter {
  private readonly numbering: Numbering;
  private readonly paper: ReturnType<typeof sheet>;
  private readonly turned: Geometry;
  private readonly painter: Painter;
  private readonly tagger: Tagger;
  private readonly outline: Outline;
  private readonly named = new Set<string>();

  constructor(
    private readonly doc: Doc,
    private readonly survey: Survey,
    private readonly env: PaintEnv,
  ) {
    this.numbering = survey.numbering();
    this.paper = sheet(env.g, env.bleed ?? 0);
    this.turned = landscape(env.g);
    this.painter = new Painter(doc, env.fonts, env.g, survey.anchors, (i) => this.numbering.label(i), env.bleed ?? 0, env.stats);
    this.tagger = new Tagger(doc);
    this.painter.tagger = this.tagger;
    this.outline = new Outline(doc, this.paper.width);
  }

  /** Draw one finished page (a Flow sink). */
  paint(page: LaidPage): void {
    const { doc, env, paper } = this;
    const bleed = env.bleed ?? 0;
    // A landscape page is the same paper turned: its width and height swap, and so do the trim and bleed boxes.
    const g = page.style.landscape ? this.turned : env.g;
    const size = page.style.landscape ? sheet(g, bleed) : paper;
    doc.addPage({ size: [size.width, size.height], margins: { top: 0, bottom: 0, left: 0, right: 0 } });
    if (size.offset > 0) {
      // Everything below is drawn in the trimmed page's coordinates.
      doc.translate(size.offset, size.offset);
      printMarks(doc, g, bleed, size.offset, size.height);
    }
    env.decorate?.(this.painter, page, this.numbering.label(page.index), g);
    const x = leftEdge(g, page.index + 1);
    for (const { box, y } of allPlaced(page)) {
      for (const mark of box.marks ?? []) this.mark(mark, page.index, y);
      const paint = box.paint;
      // A box the layout did not place in the structure is a paragraph of its own.
      if (paint) this.painter.within(box.artifact ? undefined : (box.tag ?? structNode('P')), () => paint(this.painter, x, y), box.artifact ? 'Pagination' : undefined);
    }
    this.painter.flush(g.height);
    this.tagger.pageDone();
    env.onPage?.(page.index + 1, this.survey.pageCount);
  }

  /** A named destination (where the survey saw it: the contents already print that page) and its bookmark. */
  private mark(mark: Mark, index: number, y: number): void {
    const offset = this.paper.offset;
    if (!this.named.has(mark.id)) {
      const seen = this.survey.anchors.get(mark.id);
      if (seen?.page !== index || seen.y !== y) throw new Error(`layout moved ${mark.id} between its survey and its painting`);
      this.doc.addNamedDestination(mark.id, 'XYZ', null, y + offset, null);
      this.named.add(mark.id);
    }
    if (mark.outline) this.outline.add(mark.outline.title, mark.outline.level, y + offset);
  }

  /** Write what spans the pages (the structure tree); call after the last page. */
  finish(): Numbering {
    if (this.named.size !== this.survey.anchors.size) throw new Error('the layout painted fewer marks than its survey found');
    this.tagger.finish();
    return this.numbering;
  }
}
