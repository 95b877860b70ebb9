import type { FontSet } from '../fonts.ts';
import type { Mark } from '../flow/box.ts';
import { allPlaced, type LaidPage } from '../flow/page.ts';
import { addOutlineItem, fontNumbered, pageContent, subsetGlyphs, underTransform, useFontOnPage, withoutContent, type Doc, type OutlineItem, type PdfkitFont } from '../pdfkit-internals.ts';
import { landscape, leftEdge, MM, type Geometry } from '../theme.ts';
import { Numbering } from './numbering.ts';
import type { TypesetStats } from '../typeset-stats.ts';
import { Painter } from './painter.ts';
import type { Survey } from './survey.ts';
import { structNode } from '../flow/structure.ts';
import { Tagger } from './tagging.ts';
import { pageMemo, type Effect, type PageRecord, type Recorder } from './page-memo.ts';

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
  /**
   * What kind of render this is (book, draft, paper): when the process remembers pages
   * (`watch`), a page the last render of this kind painted from the same boxes is replayed.
   */
  memoKey?: string;
}

/** A face's subset as a short fingerprint, kept up to date as glyphs join it (they are only ever added). */
class SubsetPrint {
  private seen = 0;
  private a = 0;
  private b = 0;

  constructor(readonly font: PdfkitFont) {}

  print(): string {
    const glyphs = subsetGlyphs(this.font);
    for (; this.seen < glyphs.length; this.seen++) {
      const g = glyphs[this.seen]!;
      this.a = (Math.imul(this.a, 31) + g) | 0;
      this.b = (Math.imul(this.b, 1_000_003) + g + 1) | 0;
    }
    return `${this.font.id}:${fontNumbered(this.font) ? 1 : 0}:${this.seen}:${this.a}:${this.b}`;
  }
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
  /** The last render's pages of this kind, and this render's, when the process remembers pages. */
  private readonly memo: { previous: readonly (PageRecord | undefined)[]; current: (PageRecord | undefined)[] } | undefined;
  /** The faces' subsets, by id. */
  private readonly prints: SubsetPrint[] = [];
  private readonly faces = new Map<string, PdfkitFont>();
  /** Set while a page is drawn and recorded. */
  private recorder: Recorder | undefined;

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
    // Counting loose lines needs every line drawn: a page replayed would not count them.
    this.memo = env.memoKey !== undefined && !env.stats ? pageMemo()?.render(env.memoKey) : undefined;
    if (this.memo) for (const font of env.fonts.all()) this.watchFace(font);
  }

  /** Note on the page being recorded when `font` becomes a resource of it and when text is encoded with it. */
  private watchFace(font: PdfkitFont): void {
    this.prints.push(new SubsetPrint(font));
    this.faces.set(font.id, font);
    const { ref, encode } = font;
    const self = this;
    font.ref = function (this: PdfkitFont) {
      self.recorder?.effects.push({ kind: 'font', id: this.id });
      return ref.call(this);
    };
    font.encode = function (this: PdfkitFont, text: string, features?: unknown) {
      self.recorder?.effects.push({ kind: 'encode', id: this.id, text, features });
      return (encode as (text: string, features?: unknown) => ReturnType<PdfkitFont['encode']>).call(this, text, features);
    };
  }

  /** Draw one finished page (a Flow sink). */
  paint(page: LaidPage): void {
    const { doc, env, paper } = this;
    const bleed = env.bleed ?? 0;
    // A landscape page is the same paper turned: its width and height swap, and so do the trim and bleed boxes.
    const g = page.style.landscape ? this.turned : env.g;
    const size = page.style.landscape ? sheet(g, bleed) : paper;
    doc.addPage({ size: [size.width, size.height], margins: { top: 0, bottom: 0, left: 0, right: 0 } });
    const label = this.numbering.label(page.index);
    const placed = allPlaced(page);
    const memo = this.memo;
    let record: PageRecord | undefined;
    if (memo) {
      const fonts = this.prints.map((p) => p.print()).join(' ');
      const last = memo.previous[page.index];
      if (last && this.sameAs(last, placed, label, JSON.stringify(page.style), fonts)) {
        this.replay(last, page, g, size);
        memo.current[page.index] = last;
        pageMemo()!.counts.replayed++;
        return this.pageDone(page);
      }
      record = { placed: placed.flatMap((p) => [p.box, p.y]), label, style: JSON.stringify(page.style), fonts, lookups: [], linksBefore: [], effects: [], content: '' };
      this.recorder = { effects: record.effects, lookups: record.lookups, linksBefore: record.linksBefore, links: new Set(), unrepeatable: false };
      this.painter.recorder = this.tagger.recorder = this.recorder;
    }
    const content = pageContent(doc);
    const [textFrom, bytesFrom] = [content.text?.length ?? 0, content.buffer.length];
    try {
      this.draw(page, placed, label, g, size);
    } finally {
      this.painter.recorder = this.tagger.recorder = undefined;
    }
    if (memo && record) {
      // Content that went out as bytes cannot be taken from the record.
      const whole = !this.recorder!.unrepeatable && content.buffer.length === bytesFrom;
      record.content = (content.text ?? []).slice(textFrom).join('\n');
      memo.current[page.index] = whole ? record : undefined;
      pageMemo()!.counts.drawn++;
      this.recorder = undefined;
    }
    this.pageDone(page);
  }

  /** A page is finished, drawn or replayed: its complete parts of the structure tree are written. */
  private pageDone(page: LaidPage): void {
    this.tagger.pageDone();
    this.env.onPage?.(page.index + 1, this.survey.pageCount);
  }

  /** Draw a page: furniture, marks (destinations, bookmarks), boxes, then the text. */
  private draw(page: LaidPage, placed: readonly { box: LaidPage['placed'][number]['box']; y: number }[], label: string, g: Geometry, size: ReturnType<typeof sheet>): void {
    const { doc, env } = this;
    if (size.offset > 0) {
      // Everything below is drawn in the trimmed page's coordinates.
      doc.translate(size.offset, size.offset);
      printMarks(doc, g, env.bleed ?? 0, size.offset, size.height);
    }
    env.decorate?.(this.painter, page, label, g);
    const x = leftEdge(g, page.index + 1);
    for (const { box, y } of placed) {
      for (const mark of box.marks ?? []) this.mark(mark, page.index, y);
      const paint = box.paint;
      // A box the layout did not place in the structure is a paragraph of its own.
      if (paint) this.painter.within(box.artifact ? undefined : (box.tag ?? structNode('P')), () => paint(this.painter, x, y), box.artifact ? 'Pagination' : undefined);
    }
    this.painter.flush(g.height);
  }

  /** Whether `last` was painted from what this page is painted from: its boxes, labels, looked-up places, fonts and links. */
  private sameAs(last: PageRecord, placed: readonly { box: unknown; y: number }[], label: string, style: string, fonts: string): boolean {
    if (last.label !== label || last.style !== style || last.fonts !== fonts || last.placed.length !== placed.length * 2) return false;
    for (let i = 0; i < placed.length; i++) if (last.placed[2 * i] !== placed[i]!.box || last.placed[2 * i + 1] !== placed[i]!.y) return false;
    for (const l of last.lookups) {
      const anchor = this.survey.anchors.get(l.id);
      const now = l.kind === 'has' ? anchor !== undefined : anchor ? this.numbering.label(anchor.page) : undefined;
      if (now !== l.value) return false;
    }
    return last.linksBefore.every(({ link, node }) => this.painter.linkNode(link) === node);
  }

  /** Do again what painting the page did to the rest of the document, then give it the recorded content. */
  private replay(last: PageRecord, page: LaidPage, g: Geometry, size: ReturnType<typeof sheet>): void {
    const { doc } = this;
    withoutContent(doc, () => {
      if (size.offset > 0) {
        doc.translate(size.offset, size.offset);
        printMarks(doc, g, this.env.bleed ?? 0, size.offset, size.height);
      }
      for (const effect of last.effects) this.redo(effect, page.index);
    });
    const content = pageContent(doc);
    (content.text ??= []).push(last.content);
  }

  private redo(effect: Effect, index: number): void {
    const { doc } = this;
    switch (effect.kind) {
      case 'touch':
        return this.tagger.touch(effect.node);
      case 'mark':
        return this.tagger.mark({ node: effect.node }, () => {});
      case 'font':
        return useFontOnPage(doc, this.faces.get(effect.id)!);
      case 'encode':
        // The glyphs join the subset in the order they did; the text's codes are in the recorded content.
        return void (this.faces.get(effect.id)!.encode as (this: PdfkitFont, text: string, features?: unknown) => unknown).call(this.faces.get(effect.id)!, effect.text, effect.features);
      case 'link':
        return underTransform(doc, effect.ctm, () => {
          const [x, y, w, h, target] = effect.args;
          if (effect.goTo) doc.goTo(x, y, w, h, target);
          else doc.link(x, y, w, h, target);
        });
      case 'anchor':
        return this.mark(effect.mark, index, effect.y);
      case 'linkNode':
        return this.painter.setLinkNode(effect.link, effect.node);
    }
  }

  /** A named destination (where the survey saw it: the contents already print that page) and its bookmark. */
  private mark(mark: Mark, index: number, y: number): void {
    this.recorder?.effects.push({ kind: 'anchor', mark, y });
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
