import type { Geometry } from '../theme.ts';
import type { Box } from './box.ts';
import { NoteArea } from './note-area.ts';
import type { LaidPage, PageStyle, Placed } from './page.ts';

/**
 * The paginator: places boxes top to bottom and breaks pages. At an overflow it
 * backs up to the last box that allows a break after it (`keep` chains headings to
 * their first lines and paragraph lines against widows and orphans), carries the
 * rest over, and repeats a table's header row on the new page. The footnotes of the
 * boxes on a page are set at its foot (see NoteArea): a box whose notes do not fit
 * goes to the next page with them.
 */
export class Flow {
  readonly pages: LaidPage[] = [];
  /** Style for pages opened from now on. */
  style: PageStyle = { numbering: 'roman', folio: true };
  private page: LaidPage | undefined;
  private y = 0;
  private keepCount = 0;
  private area: NoteArea;

  /** `noteSeparator` is drawn above the footnotes at a page's foot (the book's short rule). */
  constructor(
    readonly g: Geometry,
    private readonly noteSeparator: Box = { height: 0 },
  ) {
    this.area = new NoteArea(noteSeparator, this.longNote);
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
    return this.page ? this.g.bottom - this.area.height - this.y : this.frame;
  }

  /** Physical index of the page being filled (-1 before the first). */
  get pageIndex(): number {
    return this.page?.index ?? -1;
  }

  /** Start a new page, on the right-hand side when `recto` (a blank left page is inserted). */
  newPage(options: { recto?: boolean; style?: Partial<PageStyle> } = {}): void {
    this.flushNotes();
    const next = this.pages.length;
    if (options.recto && next % 2 === 1) {
      // The blank page belongs to what came before (its numbering), not to the new chapter.
      const before = this.pages.at(-1)?.style ?? this.style;
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
    const box = this.withKeeps(input);
    if (!this.page) this.open(this.style);
    const page = this.page!;
    const hasContent = page.placed.some((p) => !p.box.glue);
    const bottom = this.g.bottom - this.area.height;
    if (box.glue) {
      if (!hasContent) return;
      if (this.y + box.height > bottom) this.y = bottom;
      else this.place(box);
      return;
    }
    if (!hasContent) {
      if (box.header && box.header !== box) this.place(box.header);
      this.place(box);
      this.takeNotes(box, this.g.bottom - this.y, true);
      return;
    }
    if (this.y + box.height <= bottom + 0.01 && this.takeNotes(box, this.g.bottom - this.y - box.height)) {
      this.place(box);
      return;
    }
    const carried = this.takeCarry(page);
    if (carried.some((b) => b.notes?.length)) this.dropNotes(page);
    this.open({ ...this.style, opening: false });
    for (const item of carried) this.add(item);
    this.add(box);
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

  /** Apply a heading's "keep with the next n lines" to the boxes that follow it (as copies). */
  private withKeeps(box: Box): Box {
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

  /** Like TeX's \clearpage: the rest of a note cut on the last page continues on pages of its own before a new part opens. */
  private flushNotes(): void {
    while (this.page && this.area.rest.length) this.open({ ...this.page.style, opening: false }, this.frame);
  }

  /** Set a box's notes at the foot, if they fit (or `force`); true when the box has none. */
  private takeNotes(box: Box, space: number, force = false): boolean {
    if (!box.notes?.length) return true;
    // A cut note leaves room for the line this one keeps with, or the page would break before both.
    if (!this.area.add(box.notes, space, force, box.keep ? box.height : 0)) return false;
    this.page!.notes = this.area.placed(this.g.bottom);
    return true;
  }

  /** After boxes were carried off a page, keep only the notes of the boxes still on it. */
  private dropNotes(page: LaidPage): void {
    const last = page.placed.at(-1);
    const end = last ? last.y + last.box.height : this.g.top;
    this.area = this.area.rebuilt(page.placed.map((p) => p.box), this.g.bottom - end);
    page.notes = this.area.placed(this.g.bottom);
  }

  private open(style: PageStyle, noteRoom = this.frame / 2): void {
    const incoming = this.area.rest;
    this.page = { index: this.pages.length, style, placed: [] };
    this.pages.push(this.page);
    this.y = this.g.top;
    // A cut note continues at the foot of the next page; there it leaves at least half of the page to the text.
    this.area = new NoteArea(this.noteSeparator, this.longNote, incoming, noteRoom);
    if (incoming.length) this.page.notes = this.area.placed(this.g.bottom);
  }

  private place(box: Box): void {
    this.page!.placed.push({ box, y: this.y });
    this.y += box.height;
  }
}
