import { landscape, type Geometry } from '../theme.ts';
import type { Box } from './box.ts';
import { NoteArea } from './note-area.ts';
import type { LaidPage, PageStyle, Placed } from './page.ts';

/** Boxes kept with what comes before them, by the box: the same box is kept by the same copy in every layout (watch compares pages by their boxes). */
const keptCopies = new WeakMap<Box, Box>();

/** `box` kept with the box before it (a heading's "keep with next" spent). */
function kept(box: Box): Box {
  let copy = keptCopies.get(box);
  if (!copy) keptCopies.set(box, (copy = box.keepNext ? { ...box, keep: true, keepNext: 0 } : { ...box, keep: true }));
  return copy;
}

/**
 * The paginator: places boxes top to bottom and breaks pages. At an overflow it
 * backs up to the last box that allows a break after it (`keep` chains headings to
 * their first lines and paragraph lines against widows and orphans), carries the
 * rest over, and repeats a table's header row on the new page. The footnotes of the
 * boxes on a page are set at its foot (see NoteArea): a box whose notes do not fit
 * goes to the next page with them. A box marked `landscape` (a wide table) is set on
 * the paper turned sideways.
 */
export class Flow {
  /** The pages laid out so far; empty when a `sink` takes each finished page instead. */
  readonly pages: LaidPage[] = [];
  private count = 0;
  /** Style for pages opened from now on. */
  style: PageStyle = { numbering: 'roman', folio: true };
  private page: LaidPage | undefined;
  private y = 0;
  private keepCount = 0;
  private area: NoteArea;
  /** The page turned sideways, for boxes marked `landscape`. */
  readonly turned: Geometry;

  /**
   * `noteSeparator` is drawn above the footnotes at a page's foot (the book's short rule).
   * With `sink`, each page is handed over once it is finished (when the next opens, or at
   * `finish`) and not kept, so a long book need not be held whole.
   */
  constructor(
    readonly g: Geometry,
    private readonly noteSeparator: Box = { height: 0 },
    private readonly sink?: (page: LaidPage) => void,
  ) {
    this.turned = landscape(g);
    this.area = new NoteArea(noteSeparator, this.longNote);
  }

  /** Geometry of the page being filled. */
  private get geo(): Geometry {
    return this.page?.style.landscape ? this.turned : this.g;
  }

  /** Height of the text block on a landscape page. */
  get landscapeFrame(): number {
    return this.turned.bottom - this.turned.top;
  }

  /** Notes taller than this (a third of the text block) may continue at the foot of the next page. */
  get longNote(): number {
    return this.frame / 3;
  }

  /** Height of the text block. */
  get frame(): number {
    return this.g.bottom - this.g.top;
  }

  /** Space left on the current page. */
  get remaining(): number {
    return this.page ? this.geo.bottom - this.area.height - this.y : this.frame;
  }

  /** How many pages were opened. */
  get pageCount(): number {
    return this.count;
  }

  /** Hand the last page to the sink (call once, after the last box). */
  finish(): void {
    if (this.page && this.sink) this.sink(this.page);
    this.page = undefined;
  }

  /** Physical index of the page being filled (-1 before the first). */
  get pageIndex(): number {
    return this.page?.index ?? -1;
  }

  /** Start a new page, on the right-hand side when `recto` (a blank left page is inserted). */
  newPage(options: { recto?: boolean; style?: Partial<PageStyle> } = {}): void {
    this.flushNotes();
    const next = this.count;
    if (options.recto && next % 2 === 1) {
      // The blank page belongs to what came before (its numbering), not to the new chapter.
      const before = this.page?.style ?? this.style;
      this.open({ numbering: before.numbering, folio: false, blank: true });
    }
    this.open({ ...this.style, ...options.style });
  }

  /** Place boxes in order. */
  addAll(boxes: readonly Box[]): void {
    for (const box of boxes) this.add(box);
  }

  /** Place one box, breaking the page before it when it does not fit. */
  add(input: Box): void {
    this.put(this.withKeeps(input));
  }

  private put(box: Box): void {
    if (!this.page) this.open(this.style);
    if (!box.glue && !!box.landscape !== !!this.page!.style.landscape) return this.turn(box);
    const page = this.page!;
    const hasContent = page.placed.some((p) => !p.box.glue);
    const bottom = this.geo.bottom - this.area.height;
    if (box.glue) {
      if (!hasContent) return;
      if (this.y + box.height > bottom) this.y = bottom;
      else this.place(box);
      return;
    }
    if (!hasContent) {
      if (box.header && box.header !== box) this.place(box.header);
      this.place(box);
      this.takeNotes(box, this.geo.bottom - this.y, true);
      return;
    }
    if (this.y + box.height <= bottom + 0.01 && this.takeNotes(box, this.geo.bottom - this.y - box.height)) {
      this.place(box);
      return;
    }
    const carried = this.carryFrom(page);
    this.open(this.orientation(page.style.landscape));
    for (const item of carried) this.add(item);
    this.add(box);
  }

  /** The boxes carried off a full page, their notes taken back from its foot. */
  private carryFrom(page: LaidPage): Box[] {
    const carried = this.takeCarry(page);
    if (carried.some((b) => b.notes?.length)) this.dropNotes(page);
    return carried;
  }

  /**
   * A wide table turns the paper and what follows it turns it back. An empty page just
   * turns; else what is kept with the box (a heading, a lead-in line) goes with it.
   */
  private turn(box: Box): void {
    const page = this.page!;
    if (!page.placed.some((p) => !p.box.glue)) {
      page.placed = [];
      const { landscape: _was, ...style } = page.style;
      page.style = { ...style, ...(box.landscape ? { landscape: true } : {}) };
      this.y = this.geo.top;
      if (page.notes?.length) page.notes = this.area.placed(this.geo.bottom);
    } else {
      // Only a heading or lead-in kept with the table goes along; the text after a table stays behind it.
      const carried = box.landscape ? this.carryFrom(page) : [];
      this.open(this.orientation(box.landscape));
      for (const item of carried) this.add({ ...item, landscape: true });
    }
    this.put(box);
  }

  /** The style of a continuation page, on the paper turned sideways or not. */
  private orientation(turned: boolean | undefined): PageStyle {
    return { ...this.style, opening: false, ...(turned ? { landscape: true } : {}) };
  }

  /** The boxes after the last legal break on a full page, removed from it. */
  private takeCarry(page: LaidPage): Box[] {
    const placed = page.placed;
    let k = placed.length - 1;
    while (k >= 0 && (placed[k]!.box.glue || placed[k]!.box.keep)) k--;
    const firstContent = placed.findIndex((p) => !p.box.glue);
    if (k < firstContent || k < 0) return [];
    const carried = placed.splice(k + 1).map((p: Placed) => p.box);
    while (carried[0]?.glue) carried.shift();
    return carried;
  }

  /** Apply a heading's "keep with the next n lines" to the boxes that follow it (as copies, one per box). */
  private withKeeps(box: Box): Box {
    if (box.glue) {
      // Keeping stops at the end of the block that follows the heading.
      this.keepCount = 0;
      return box;
    }
    if (box.keepNext) {
      this.keepCount = box.keepNext - 1;
      return kept(box);
    }
    if (this.keepCount > 0) {
      this.keepCount--;
      return box.keep ? box : kept(box);
    }
    return box;
  }

  /** Like TeX's \clearpage: the rest of a note cut on the last page continues on pages of its own before a new part opens. */
  private flushNotes(): void {
    while (this.page && this.area.rest.length) this.open({ ...this.page.style, opening: false }, this.frame);
  }

  /** Set a box's notes at the foot, if they fit (or `force`); true when the box has none. */
  private takeNotes(box: Box, space: number, force = false): boolean {
    if (!box.notes?.length) return true;
    // A cut note leaves room for the line this one keeps with, or the page would break before both.
    if (!this.area.add(box.notes, space, force, box.keep ? box.height : 0)) return false;
    this.page!.notes = this.area.placed(this.geo.bottom);
    return true;
  }

  /** After boxes were carried off a page, keep only the notes of the boxes still on it. */
  private dropNotes(page: LaidPage): void {
    const last = page.placed.at(-1);
    const end = last ? last.y + last.box.height : this.geo.top;
    this.area = this.area.rebuilt(page.placed.map((p) => p.box), this.geo.bottom - end);
    page.notes = this.area.placed(this.geo.bottom);
  }

  private open(style: PageStyle, noteRoom = this.frame / 2): void {
    const incoming = this.area.rest;
    if (this.page && this.sink) this.sink(this.page);
    this.page = { index: this.count++, style, placed: [] };
    if (!this.sink) this.pages.push(this.page);
    this.y = this.geo.top;
    // A cut note continues at the foot of the next page; there it leaves at least half of the page to the text.
    this.area = new NoteArea(this.noteSeparator, this.longNote, incoming, noteRoom);
    if (incoming.length) this.page.notes = this.area.placed(this.geo.bottom);
  }

  private place(box: Box): void {
    this.page!.placed.push({ box, y: this.y });
    this.y += box.height;
  }
}
