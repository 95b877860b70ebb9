import type { FontSet } from '../fonts.ts';
import type { Anchor } from '../flow/page.ts';
import { currentTransform, useFontOnPage, type Doc } from '../pdfkit-internals.ts';
import { SHRINK, type Line } from '../text/break-lines.ts';
import { textOperators, type TextOp } from '../text/emit.ts';
import type { Link, TextStyle } from '../text/style.ts';
import type { Geometry } from '../theme.ts';
import type { TypesetStats } from '../typeset-stats.ts';
import { structNode, type StructNode } from '../flow/structure.ts';
import type { Marking, Tagger } from './tagging.ts';
import type { Recorder } from './page-memo.ts';

/** Horizontal alignment of a line within its measure. */
export type Align = 'left' | 'right' | 'center' | 'justify';

/** How close to the paper's edge nothing is printed without bleed (5 mm): office printers cannot print to the edge. */
export const SAFE_EDGE = 5 * (72 / 25.4);

/** Page furniture (running heads, folios): what is drawn outside any structure element. */
const PAGINATION: Marking = { artifact: 'Pagination' };
/** Ornaments: rules, tints, bullets. */
const LAYOUT: Marking = { artifact: 'Layout' };

function sameMarking(a: Marking, b: Marking): boolean {
  return 'node' in a ? 'node' in b && a.node === b.node : 'artifact' in b && a.artifact === b.artifact;
}

/** Lines needing more than this many ems of extra space per gap stay ragged instead of justified. */
const MAX_STRETCH_EM = 1;

/**
 * What boxes draw with: text, fills, rules, images, links. Text is collected and
 * written once per page after the graphics, so tints and panels sit behind it.
 */
export class Painter {
  private texts: (TextOp & { mark: Marking })[] = [];
  /** What is drawn now belongs to: an element of the structure tree, or (none) page furniture. */
  private current: Marking = PAGINATION;
  private repeat = false;
  private readonly linkNodes = new WeakMap<Link, StructNode>();
  /** Writes the structure tree of a tagged PDF; none: nothing is marked. */
  tagger?: Tagger;
  /** Notes what the page being drawn reads and does beyond its content (a page that may be replayed). */
  recorder?: Recorder;

  constructor(
    readonly doc: Doc,
    readonly fonts: FontSet,
    readonly g: Geometry,
    private readonly anchors: ReadonlyMap<string, Anchor>,
    private readonly labelOf: (page: number) => string,
    /** Bleed in points (0: none, and full-bleed areas keep clear of the paper's edge). */
    readonly bleed = 0,
    /** Counts of justified lines and loose ones, for `npm run bench`. */
    private readonly stats?: TypesetStats,
  ) {}

  /**
   * Draw what `draw` draws as part of `node` (a heading, a cell), or as an artifact
   * when `node` is undefined and `artifact` is given (a repeated table head).
   */
  within(node: StructNode | undefined, draw: () => void, artifact?: 'Pagination' | 'Layout'): void {
    const before = this.current;
    const wasRepeat = this.repeat;
    // Inside a repeat everything stays an artifact, whatever elements its cells name.
    if (artifact) [this.current, this.repeat] = [{ artifact }, true];
    else if (node && !this.repeat) {
      this.current = { node };
      this.tagger?.touch(node);
    }
    try {
      draw();
    } finally {
      [this.current, this.repeat] = [before, wasRepeat];
    }
  }

  /** Draw straight onto the page (`doc`) as an artifact: a watermark, nothing a reader reads out. */
  artifact(draw: () => void): void {
    if (this.tagger) this.tagger.mark(PAGINATION, draw);
    else draw();
  }

  /** Graphics belong to a figure; everywhere else rules, tints and bullets are ornaments (artifacts). */
  private graphic(draw: () => void): void {
    const figure = 'node' in this.current && this.current.node.role === 'Figure';
    if (!this.tagger) draw();
    else this.tagger.mark(figure ? this.current : LAYOUT, draw);
  }

  /** Printed page number of the page a mark landed on, if it exists. */
  pageLabel(id: string): string | undefined {
    const anchor = this.anchors.get(id);
    const value = anchor ? this.labelOf(anchor.page) : undefined;
    this.recorder?.lookups.push({ kind: 'label', id, value });
    return value;
  }

  /** Whether a named place exists (links to missing places are dropped). */
  has(id: string): boolean {
    const value = this.anchors.has(id);
    this.recorder?.lookups.push({ kind: 'has', id, value });
    return value;
  }

  /** The Link element `link`'s words belong to so far (a page being replayed takes up its links' elements). */
  linkNode(link: Link): StructNode | undefined {
    return this.linkNodes.get(link);
  }

  /** Make `node` the Link element of `link`, as the replayed page did. */
  setLinkNode(link: Link, node: StructNode): void {
    this.linkNodes.set(link, node);
  }

  /** Baseline of a line of `size` text centred in a line box of `leading`. */
  baseline(top: number, leading: number, size: number): number {
    return top + (leading + this.fonts.capHeight('regular', size)) / 2;
  }

  /** Draw a single piece of text with its baseline at `baseline`. */
  text(text: string, style: TextStyle, x: number, baseline: number): void {
    if (text) this.texts.push({ text, style, x, baseline, wordSpace: 0, mark: this.current });
  }

  /** A page number looked up now that layout is done: right-aligned at `x + width`, or in a cross-reference from `x` on. */
  private pageNumber(frag: { text: string; style: TextStyle }, x: number, width: number, baseline: number): void {
    const { style } = frag;
    const label = this.pageLabel(style.pageOf!) ?? '';
    if (style.pageLeft) return this.text(this.pageText(frag), style, x, baseline);
    this.text(label, style, x + width - this.fonts.width(style.font, label, style.size), baseline);
  }

  /** Draw one set line in a line box at `top`. */
  line(line: Line, x: number, top: number, leading: number, width: number, align: Align): void {
    if (line.frags.length === 0) return;
    const size = Math.max(...line.frags.map((f) => (f.style.rise ? 0 : f.style.size)));
    const base = this.baseline(top, leading, size);
    // A cross-reference's page number was set as "000)": what it does not fill goes back to the line.
    const slack = line.frags.map((f) => (f.style.pageLeft ? f.width - this.fonts.width(f.style.font, this.pageText(f), f.style.size) : 0));
    const natural = line.width - slack.reduce((a, b) => a + b, 0);
    let extra = align === 'justify' && !line.last && line.gaps > 0 ? (width - natural) / line.gaps : 0;
    if (this.stats && align === 'justify' && !line.last && line.gaps > 0) {
      this.stats.justified++;
      // Loose: word spaces stretched past 1.8 times their width (or the line left ragged for it).
      if (extra > 0.8 * this.fonts.width('regular', ' ', size)) this.stats.loose++;
    }
    // Too stretched stays ragged; a justified line closes its spaces up at most as far as the line breaker allowed.
    if (extra > MAX_STRETCH_EM * size || extra < -SHRINK * this.fonts.width('regular', ' ', size) * 1.05) extra = 0;
    const x0 = align === 'right' ? x + width - natural : align === 'center' ? x + (width - natural) / 2 : x;
    let shift = 0;
    line.frags.forEach((frag, i) => {
      const fx = x0 + frag.x - shift + extra * frag.gapsBefore;
      const fw = frag.width - slack[i]! + extra * frag.gaps;
      shift += slack[i]!;
      this.decorate(frag.style, fx, fw, base, top, leading);
      if (frag.style.pageOf !== undefined) this.pageNumber(frag, fx, fw, base);
      else this.texts.push({ text: frag.text, style: frag.style, x: fx, baseline: base, wordSpace: extra, mark: this.linkMarking(frag.style.link) });
    });
  }

  /**
   * A link's words are a Link element inside the element being drawn (one per link, across
   * its lines). A paragraph set like an earlier one shares its lines, link objects included:
   * its link is an element of its own, not more of the earlier one's.
   */
  private linkMarking(link: Link | undefined): Marking {
    const current = this.current;
    if (!link || !this.tagger || !('node' in current)) return current;
    let node = this.linkNodes.get(link);
    const rec = this.recorder;
    if (rec && !rec.links.has(link)) {
      rec.links.add(link);
      rec.linksBefore.push({ link, node });
    }
    if (node?.parent !== current.node) {
      this.linkNodes.set(link, (node = structNode('Link', { parent: current.node })));
      rec?.effects.push({ kind: 'linkNode', link, node });
    }
    return { node };
  }

  /** The text of a cross-reference's page-number fragment once the page is known ("000)" → "14)"). */
  private pageText(frag: { text: string; style: TextStyle }): string {
    return frag.text.replace(/0+/, this.pageLabel(frag.style.pageOf!) ?? '');
  }

  /** Inline-code tint, strike-through, underline and link area of a fragment. */
  private decorate(style: TextStyle, x: number, w: number, base: number, top: number, leading: number): void {
    if (style.background) this.fill(x - 1.2, base - style.size * 0.78, w + 2.4, style.size * 1.04, style.background, 1.5);
    if (style.strike) this.rule(x, base - style.size * 0.3, x + w, base - style.size * 0.3, style.color, 0.6);
    if (style.underline) this.rule(x, base + 1.4, x + w, base + 1.4, style.color, 0.5);
    if (style.link) this.link(x, top, w, leading, style.link);
  }

  /**
   * A colour area meant to run off the paper (a cover band, a chapter's colour strip),
   * given in trim coordinates. With bleed each side that touches the trim edge runs
   * on by the bleed; without it, such a side stays 5 mm clear of the edge, where an
   * office printer cannot print evenly.
   */
  fullBleed(x: number, y: number, w: number, h: number, colour: string): void {
    const edge = this.bleed > 0 ? -this.bleed : SAFE_EDGE;
    const touches = { left: x <= 0.01, top: y <= 0.01, right: x + w >= this.g.width - 0.01, bottom: y + h >= this.g.height - 0.01 };
    const left = touches.left ? edge : x;
    const right = touches.right ? this.g.width - edge : x + w;
    // A band along the top or bottom keeps its height when it moves in from the edge.
    let top = touches.top ? edge : y;
    let bottom = touches.bottom ? this.g.height - edge : y + h;
    if (this.bleed === 0 && touches.top && !touches.bottom) bottom = Math.max(bottom, top + h);
    if (this.bleed === 0 && touches.bottom && !touches.top) top = Math.min(top, bottom - h);
    if (right > left && bottom > top) this.fill(left, top, right - left, bottom - top, colour);
  }

  /** A filled rectangle, optionally with rounded corners. */
  fill(x: number, y: number, w: number, h: number, colour: string, radius = 0): void {
    this.graphic(() => {
      this.doc.save();
      (radius ? this.doc.roundedRect(x, y, w, h, radius) : this.doc.rect(x, y, w, h)).fill(colour);
      this.doc.restore();
    });
  }

  /** An outlined rectangle. */
  outline(x: number, y: number, w: number, h: number, colour: string, width: number): void {
    this.graphic(() => {
      this.doc.save().lineWidth(width).rect(x, y, w, h).stroke(colour);
      this.doc.restore();
    });
  }

  /** A straight line. */
  rule(x1: number, y1: number, x2: number, y2: number, colour: string, width: number, dash?: [number, number]): void {
    this.graphic(() => {
      this.doc.save().lineWidth(width).strokeColor(colour);
      if (dash) this.doc.lineCap('round').dash(dash[0], { space: dash[1] });
      this.doc.moveTo(x1, y1).lineTo(x2, y2).stroke();
      this.doc.restore();
    });
  }

  /** A circle, filled or outlined (list bullets). */
  circle(cx: number, cy: number, r: number, colour: string, filled: boolean): void {
    this.graphic(() => {
      this.doc.save().lineWidth(0.6);
      const path = this.doc.circle(cx, cy, r);
      if (filled) path.fill(colour);
      else path.stroke(colour);
      this.doc.restore();
    });
  }

  /** A task-list box, ticked when `checked`. */
  checkbox(x: number, y: number, size: number, checked: boolean, colour: string): void {
    this.graphic(() => {
      this.doc.save().lineWidth(0.7).rect(x, y, size, size).stroke(colour);
      if (checked) {
        this.doc.lineWidth(1.1).lineCap('round').lineJoin('round');
        this.doc.moveTo(x + size * 0.2, y + size * 0.55).lineTo(x + size * 0.42, y + size * 0.78).lineTo(x + size * 0.82, y + size * 0.22).stroke(colour);
      }
      this.doc.restore();
    });
  }

  /** An image file scaled into the box: a figure's content, or an ornament outside figures (a logo). */
  image(file: string, x: number, y: number, w: number, h: number): void {
    if (this.recorder) this.recorder.unrepeatable = true;
    this.graphic(() => this.doc.image(file, x, y, { width: w, height: h }));
  }

  /** A clickable area: a web address or a named place in the book. */
  link(x: number, y: number, w: number, h: number, link: Link): void {
    if ('url' in link) this.annotate(false, x, y, w, h, link.url);
    else if (this.has(link.dest)) this.annotate(true, x, y, w, h, link.dest);
  }

  private annotate(goTo: boolean, x: number, y: number, w: number, h: number, target: string): void {
    this.recorder?.effects.push({ kind: 'link', goTo, args: [x, y, w, h, target], ctm: currentTransform(this.doc) });
    if (goTo) this.doc.goTo(x, y, w, h, target);
    else this.doc.link(x, y, w, h, target);
  }

  /** Write the page's collected text (call once per page, last). */
  flush(pageHeight: number): void {
    const write = (ops: readonly TextOp[]) => this.doc.addContent(textOperators(this.fonts, ops, pageHeight, (font) => useFontOnPage(this.doc, font)));
    if (!this.tagger) {
      if (this.texts.length) write(this.texts);
    } else {
      // One marked-content sequence per run of text of the same element.
      for (let start = 0; start < this.texts.length; ) {
        const mark = this.texts[start]!.mark;
        let end = start + 1;
        while (end < this.texts.length && sameMarking(this.texts[end]!.mark, mark)) end++;
        const run = this.texts.slice(start, end);
        this.tagger.mark(mark, () => write(run));
        start = end;
      }
    }
    this.texts = [];
  }
}
