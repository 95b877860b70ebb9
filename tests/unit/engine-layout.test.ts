import { describe, expect, it, vi } from 'vitest';
import { Flow } from '../../src/render/pdf/flow/flow.ts';
import type { Box } from '../../src/render/pdf/flow/box.ts';
import type { Painter } from '../../src/render/pdf/paint/painter.ts';
import { layoutTable, type TableSpec } from '../../src/render/pdf/table/layout-table.ts';
import { breakLines, type Line } from '../../src/render/pdf/text/break-lines.ts';
import { hyphenator } from '../../src/render/pdf/text/hyphenate.ts';
import { plain } from '../../src/render/pdf/text/inline.ts';
import type { TextStyle } from '../../src/render/pdf/text/style.ts';
import { fakeFont, smallPage } from '../helpers/fake-font.ts';

// The engine lays out text, pages and tables without pdfkit: loading it here fails the test.
vi.mock('pdfkit', () => {
  throw new Error('the layout engine loaded pdfkit');
});

const style: TextStyle = { font: 'regular', size: 10, color: '#000000' };
const textOf = (line: Line) => line.frags.map((f) => f.text).join('');
/** The text of every line the boxes draw, through a painter that only records. */
function drawnLines(boxes: readonly Box[]): string[] {
  const drawn: string[] = [];
  const painter = { line: (line: Line) => drawn.push(textOf(line)), rule: () => undefined, fill: () => undefined, within: (_n: unknown, draw: () => void) => draw() } as unknown as Painter;
  for (const b of boxes) b.paint?.(painter, 0, 0);
  return drawn;
}

const box = (height: number, extra: Partial<Box> = {}): Box => ({ height, paint: () => undefined, ...extra });

describe('line breaking (fixed-width fake font: 5 pt a character at 10 pt)', () => {
  it('fills lines to the measure and never exceeds it', () => {
    const lines = breakLines(fakeFont, plain('satu dua tiga empat lima enam tujuh delapan sembilan sepuluh', style), 100);
    expect(lines.map(textOf)).toEqual(['satu dua tiga empat', 'lima enam tujuh', 'delapan sembilan', 'sepuluh']);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(100);
    expect(lines.at(-1)!.last).toBe(true);
  });

  it('breaks a long word at an Indonesian hyphenation point, with a hyphen', () => {
    const words = 'pemberdayaan perekonomian masyarakat kepemerintahan';
    const lines = breakLines(fakeFont, plain(words, style), 80, 80, { hyphenate: hyphenator('id'), justify: true });
    const texts = lines.map(textOf);
    expect(texts.some((t) => t.endsWith('-'))).toBe(true);
    // Nothing is lost or invented: without the hyphens at line ends, the words come back.
    expect(texts.map((t) => t.replace(/-$/, '')).join('').replace(/\s/g, '')).toBe(words.replace(/\s/g, ''));
    for (const t of texts.filter((x) => x.endsWith('-'))) expect(t.replace(/-$/, '').split(' ').at(-1)!.length).toBeGreaterThanOrEqual(2);
  });

});

describe('pagination', () => {
  it('carries a box chained by keep to the next page with the box it keeps with', () => {
    const flow = new Flow(smallPage);
    flow.addAll([box(200), box(30, { keep: true }), box(40)]);
    expect(flow.pages).toHaveLength(2);
    expect(flow.pages[0]!.placed.map((p) => p.box.height)).toEqual([200]);
    expect(flow.pages[1]!.placed.map((p) => p.box.height)).toEqual([30, 40]);
  });

  it('keeps a heading with the next lines (keepNext) and drops glue at a page break', () => {
    const flow = new Flow(smallPage);
    flow.addAll([box(230), { height: 10, glue: true }, box(15, { keepNext: 2 }), box(12), box(12)]);
    expect(flow.pages[1]!.placed.map((p) => p.box.height)).toEqual([15, 12, 12]);
  });
});

function table(rows: number, extra: Partial<TableSpec> = {}): Box[] {
  const cell = (t: string) => plain(t, style);
  return layoutTable(
    { fonts: fakeFont, indent: 0, width: 160, frame: smallPage.bottom - smallPage.top },
    {
      header: [cell('No.'), cell('Kegiatan')],
      rows: Array.from({ length: rows }, (_, n) => [cell(String(n + 1)), cell(`Kegiatan ${n + 1}`)]),
      align: ['right', 'left'],
      type: { size: 10, leading: 12 },
      padX: 3,
      padY: 3,
      ruleColour: '#000000',
      hairColour: '#cccccc',
      ...extra,
    },
  );
}

describe('tables', () => {
  it('repeats the column heads (an artifact) at the top of every page the table runs onto', () => {
    const flow = new Flow(smallPage);
    flow.addAll(table(30, { continued: plain('Tabel 1 (lanjutan)', style) }));
    expect(flow.pages.length).toBeGreaterThan(1);
    for (const page of flow.pages.slice(1)) {
      expect(page.placed[0]!.box.artifact).toBe(true);
      expect(page.placed[1]!.box.artifact).toBeUndefined();
    }
    // Heads placed on the first page are the table's own (content).
    expect(flow.pages[0]!.placed[0]!.box.artifact).toBeUndefined();
  });

  it('starts a table with its heads and at least three rows, never two at a page foot', () => {
    const flow = new Flow(smallPage);
    flow.add(box(260 - 18 * 3 - 5));
    flow.addAll(table(10));
    // Room for the heads and two rows only: the table starts on the next page.
    expect(flow.pages[0]!.placed).toHaveLength(1);
    expect(flow.pages[1]!.placed.length).toBeGreaterThanOrEqual(4);
  });

  it('never breaks a number or a code in a cell: the columns make room for them', () => {
    // 130 pt: the number takes 81, so "kewirausahaan" (71 with padding) cannot stay whole beside it.
    const boxes = layoutTable(
      { fonts: fakeFont, indent: 0, width: 130, frame: 260 },
      { rows: [[plain('Pengembangan kewirausahaan masyarakat pesisir', style), plain('Rp1.250.000.000', style)]], align: ['left', 'right'], hyphenate: hyphenator('id'), type: { size: 10, leading: 12 }, padX: 3, padY: 3, ruleColour: '#000', hairColour: '#ccc' },
    );
    const drawn = drawnLines(boxes);
    expect(drawn).toContain('Rp1.250.000.000');
    // The words column gives way instead, breaking at syllables with a hyphen.
    expect(drawn.some((t) => t.endsWith('-'))).toBe(true);
  });

  it('breaks no word in a cell that it does not have to: a ragged column gains nothing from a hyphen', () => {
    const boxes = layoutTable(
      { fonts: fakeFont, indent: 0, width: 160, frame: 260 },
      { rows: [[plain('Pendataan penduduk miskin di pesisir', style), plain('Rp1.250.000.000', style)]], align: ['left', 'right'], hyphenate: hyphenator('id'), type: { size: 10, leading: 12 }, padX: 3, padY: 3, ruleColour: '#000', hairColour: '#ccc' },
    );
    const drawn = drawnLines(boxes);
    expect(drawn.length).toBeGreaterThan(2);
    expect(drawn.some((t) => t.endsWith('-'))).toBe(false);
  });

  it('cuts a row taller than a quarter of the page into pieces that carry over', () => {
    const long = Array.from({ length: 40 }, (_, n) => `kata${n}`).join(' ');
    const boxes = layoutTable(
      { fonts: fakeFont, indent: 0, width: 160, frame: 260 },
      { rows: [[plain('1', style), plain(long, style)]], align: ['left', 'left'], widths: [20, 140], type: { size: 10, leading: 12 }, padX: 3, padY: 3, ruleColour: '#000', hairColour: '#ccc' },
    );
    expect(boxes.length).toBeGreaterThan(1);
    for (const b of boxes) expect(b.height).toBeLessThanOrEqual(260 * 0.25 + 0.01);
  });
});
