import { describe, expect, it } from 'vitest';
import type { Box } from '../../src/render/pdf/flow/box.ts';
import { Flow } from '../../src/render/pdf/flow/flow.ts';
import type { LaidPage } from '../../src/render/pdf/flow/page.ts';
import type { Geometry } from '../../src/render/pdf/theme.ts';

/** A text block 300 pt tall (a note over 100 pt is long) with a 10 pt separator above the notes. */
const g: Geometry = { width: 300, height: 400, top: 50, bottom: 350, inner: 40, outer: 40, measure: 220 };
const SEPARATOR: Box = { height: 10, marks: [{ id: 'separator' }] };

function line(id: string, height = 20, extra: Partial<Box> = {}): Box {
  return { height, marks: [{ id }], ...extra };
}

/** A note of `n` lines of 10 pt, named `${id}.1` … */
function note(id: string, n: number): Box[] {
  return Array.from({ length: n }, (_, i) => line(`${id}.${i + 1}`, 10));
}

/** Ids of the marks of a page's text block and of its foot. */
function ids(page: LaidPage): { text: string[]; foot: string[] } {
  const of = (placed: LaidPage['placed']) => placed.flatMap((p) => (p.box.marks ?? []).map((m) => m.id));
  return { text: of(page.placed), foot: of(page.notes ?? []) };
}

function lines(prefix: string, n: number): Box[] {
  return Array.from({ length: n }, (_, i) => line(`${prefix}${i + 1}`));
}

describe('footnotes at the foot of the page (flow)', () => {
  it('sets a note at the foot of the page of its reference, below a separator that ends at the text block bottom', () => {
    const flow = new Flow(g, SEPARATOR);
    flow.addAll([...lines('a', 3), line('ref', 20, { notes: [note('n', 2)] }), ...lines('b', 2)]);
    const [page] = flow.pages;
    expect(flow.pages).toHaveLength(1);
    expect(ids(page!)).toEqual({ text: ['a1', 'a2', 'a3', 'ref', 'b1', 'b2'], foot: ['separator', 'n.1', 'n.2'] });
    expect(page!.notes!.map((p) => p.y)).toEqual([320, 330, 340]);
    expect(flow.remaining).toBe(300 - 6 * 20 - 30);
  });

  it('moves the line with a reference to the next page when its note does not fit below it', () => {
    const flow = new Flow(g, SEPARATOR);
    // 14 lines fill 280 of 300 pt: the 14th line fits, but not with its 4-line note (40 + 10).
    flow.addAll([...lines('a', 13), line('ref', 20, { notes: [note('n', 4)] }), ...lines('b', 2)]);
    const [first, second] = flow.pages.map(ids);
    expect(first).toEqual({ text: lines('a', 13).map((b) => b.marks![0]!.id), foot: [] });
    expect(second).toEqual({ text: ['ref', 'b1', 'b2'], foot: ['separator', 'n.1', 'n.2', 'n.3', 'n.4'] });
  });

  it('takes a kept line back to the next page together with its note when the page breaks before it', () => {
    const flow = new Flow(g, SEPARATOR);
    // The reference line keeps with the next one (an orphan rule): when that one does not fit, both move.
    flow.addAll([...lines('a', 12), line('ref', 20, { keep: true, notes: [note('n', 2)] }), line('last'), ...lines('b', 2)]);
    const [first, second] = flow.pages.map(ids);
    expect(first!.foot).toEqual([]);
    expect(first!.text).not.toContain('ref');
    expect(second!.text.slice(0, 2)).toEqual(['ref', 'last']);
    expect(second!.foot).toEqual(['separator', 'n.1', 'n.2']);
  });

  it('splits a note longer than a third of the page: its first lines stay with the reference, the rest opens the next foot', () => {
    const flow = new Flow(g, SEPARATOR);
    // 11 lines and the reference (240 pt) leave 60 pt: the separator and five of the twelve note lines.
    flow.addAll([...lines('a', 11), line('ref', 20, { notes: [note('long', 12)] }), ...lines('b', 3), line('ref2', 20, { notes: [note('short', 1)] })]);
    const [first, second] = flow.pages.map(ids);
    expect(first!.text.at(-1)).toBe('ref');
    expect(first!.foot).toEqual(['separator', 'long.1', 'long.2', 'long.3', 'long.4', 'long.5']);
    expect(second!.text).toEqual(['b1', 'b2', 'b3', 'ref2']);
    expect(second!.foot).toEqual(['separator', ...note('long', 12).slice(5).map((b) => b.marks![0]!.id), 'short.1']);
  });

  it('cuts a long note only where its lines allow a break (not inside a kept pair)', () => {
    const flow = new Flow(g, SEPARATOR);
    const long = note('long', 12);
    // Lines 4 and 5 keep with the line after them (the last lines of a paragraph): the cut moves up to after line 3.
    long[3]!.keep = true;
    long[4]!.keep = true;
    flow.addAll([...lines('a', 11), line('ref', 20, { notes: [long] }), ...lines('b', 3)]);
    const [first, second] = flow.pages.map(ids);
    expect(first!.foot).toEqual(['separator', 'long.1', 'long.2', 'long.3']);
    expect(second!.foot.slice(0, 2)).toEqual(['separator', 'long.4']);
  });

  it('never splits a short note: the reference moves instead', () => {
    const flow = new Flow(g, SEPARATOR);
    // 9 lines of note are 90 pt, under a third of the 300 pt block.
    flow.addAll([...lines('a', 11), line('ref', 20, { notes: [note('n', 9)] })]);
    expect(flow.pages.map(ids)).toEqual([
      { text: lines('a', 11).map((b) => b.marks![0]!.id), foot: [] },
      { text: ['ref'], foot: ['separator', ...note('n', 9).map((b) => b.marks![0]!.id)] },
    ]);
  });

  it('gives back the notes of lines carried to the next page', () => {
    const flow = new Flow(g, SEPARATOR);
    flow.addAll([...lines('a', 11), line('r1', 20, { notes: [note('one', 1)] }), line('r2', 20, { keep: true, notes: [note('two', 1)] }), ...lines('b', 8)]);
    const [first, second] = flow.pages.map(ids);
    expect(first!.foot).toEqual(['separator', 'one.1']);
    expect(first!.text).not.toContain('r2');
    expect(second!.text.slice(0, 2)).toEqual(['r2', 'b1']);
    expect(second!.foot).toEqual(['separator', 'two.1']);
  });

  it('continues a cut note on pages of their own before a new part opens (TeX\'s \\clearpage)', () => {
    const flow = new Flow(g, SEPARATOR);
    flow.addAll([...lines('a', 11), line('ref', 20, { notes: [note('long', 40)] })]);
    flow.newPage({ recto: true });
    flow.add(line('next part'));
    const pages = flow.pages.map(ids);
    // 5 lines fit under the reference, 29 on a page of notes alone (300 pt less the separator), the last 6 on another; then a blank left-hand page.
    expect(pages.map((p) => Math.max(0, p.foot.length - 1))).toEqual([5, 29, 6, 0, 0]);
    expect(flow.pages.map((p) => p.style.blank ?? false)).toEqual([false, false, false, true, false]);
    expect(pages.map((p) => p.text)).toEqual([[...lines('a', 11).map((b) => b.marks![0]!.id), 'ref'], [], [], [], ['next part']]);
  });
});
