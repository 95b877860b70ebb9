import type { Box } from './box.ts';
import type { Placed } from './page.ts';

function sum(boxes: readonly Box[]): number {
  return boxes.reduce((h, b) => h + b.height, 0);
}

/** A continued note never starts with the space that stood between two of its paragraphs. */
function trimGlue(boxes: Box[]): Box[] {
  let i = 0;
  while (boxes[i]?.glue) i++;
  return boxes.slice(i);
}

/**
 * The footnote area of one page (TeX's insertions): the lines of a note continued from
 * the page before, then the notes of the boxes placed on this page in their order,
 * below a separator at the foot of the text block. A note longer than `longNote` may be
 * cut between two of its lines (never where its lines keep together); the rest continues
 * at the foot of the next page.
 */
export class NoteArea {
  private lines: Box[] = [];
  /** Note lines that did not fit here: they continue on the next page. */
  rest: Box[] = [];

  constructor(
    private readonly separator: Box,
    private readonly longNote: number,
    private readonly incoming: readonly Box[] = [],
    /** Most of a page a continued note may take, so the page still has room for text. */
    private readonly room = Number.POSITIVE_INFINITY,
  ) {
    if (incoming.length) this.add([[...incoming]], room, true);
  }

  /** Height the area takes at the foot of the page (nothing without notes). */
  get height(): number {
    return this.lines.length ? this.separator.height + sum(this.lines) : 0;
  }

  /**
   * Take the notes of a box that leaves `space` below itself: whole, or cut inside a long
   * note, leaving `after` for the box it keeps with (the next line of its paragraph); with
   * `force` (the box opens its page and has nowhere else to go) cut anywhere. False, and
   * nothing taken, when they neither fit nor may be cut.
   */
  add(notes: readonly Box[][], space: number, force = false, after = 0): boolean {
    const whole = notes.flat();
    if (this.rest.length) {
      // Once a note is cut, later notes wait behind its rest: only a box that must stay here may add any.
      if (force) this.rest.push(...whole);
      return force;
    }
    const above = this.separator.height + sum(this.lines);
    if (above + sum(whole) <= space + 0.01) {
      this.lines.push(...whole);
      return true;
    }
    const cut = this.cutAt(notes, space - after - above, force);
    if (cut === undefined) return false;
    this.lines.push(...whole.slice(0, cut));
    this.rest = trimGlue(whole.slice(cut));
    return true;
  }

  /** How many lines of `notes` fit in `room`, ending where a cut is allowed; undefined when none. */
  private cutAt(notes: readonly Box[][], room: number, force: boolean): number | undefined {
    let best: number | undefined = force ? 0 : undefined;
    let taken = 0;
    let height = 0;
    for (const note of notes) {
      const long = sum(note) > this.longNote;
      for (const [i, line] of note.entries()) {
        height += line.height;
        taken++;
        if (height > room + 0.01) return best;
        const last = i === note.length - 1;
        if (force || (long && !last && !line.glue && !line.keep)) best = taken;
      }
    }
    return best;
  }

  /** The notes left on the page after boxes were taken off it, below a text block that ends `space` above the foot. */
  rebuilt(boxes: readonly Box[], space: number): NoteArea {
    const area = new NoteArea(this.separator, this.longNote, this.incoming, this.room);
    for (const { notes } of boxes) if (notes?.length && !area.add(notes, space)) area.add(notes, space, true);
    return area;
  }

  /** The separator and the lines, stacked up from the foot of the text block at `bottom`. */
  placed(bottom: number): Placed[] {
    if (!this.lines.length) return [];
    let y = bottom - this.height;
    const out: Placed[] = [{ box: this.separator, y }];
    y += this.separator.height;
    for (const box of this.lines) {
      out.push({ box, y });
      y += box.height;
    }
    return out;
  }
}
