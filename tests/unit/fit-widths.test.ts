import { describe, expect, it } from 'vitest';
import { countLines, fitWidths } from '../../src/render/pdf/table/fit-widths.ts';
import type { Word } from '../../src/render/pdf/text/words.ts';

/** Words of a fixed-width font: 5 points a letter, 5 a space. */
function words(text: string): Word[] {
  return text.split(' ').map((w) => ({ pieces: [], width: 5 * w.length, space: 5 }));
}

const extent = (cell: Word[]) => ({ min: Math.max(...cell.map((w) => w.width)), max: cell.reduce((a, w) => a + w.width + w.space, 0) - 5 });

/** A table of many short activities and one long one, with a name column that wraps when starved. */
function lopsided(): { cells: Word[][][]; min: number[]; max: number[] } {
  const long = Array.from({ length: 20 }, () => 'pengembangan layanan warga').join(' ');
  const cells = Array.from({ length: 60 }, (_, n) => [words(n === 0 ? long : `Pendataan RW ${n}`), words('Dinas Komunikasi Informatika Statistik')]);
  const min = [0, 1].map((c) => Math.max(...cells.map((r) => extent(r[c]!).min)));
  const max = [0, 1].map((c) => Math.max(...cells.map((r) => extent(r[c]!).max)));
  return { cells, min, max };
}

/** The table's height in lines: each row as tall as its tallest cell. */
const height = (cells: Word[][][], widths: number[]) => cells.reduce((sum, row) => sum + Math.max(...row.map((cell, c) => countLines(cell, widths[c]!))), 0);

describe('column widths that minimise the height', () => {
  it('give the short column its line before the long one gets slack, and fill the width', () => {
    const { cells, min, max } = lopsided();
    const total = 400;
    const widths = fitWidths({ words: cells, min, max, pad: 0 }, total);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(total, 6);
    // Shared in proportion to what each column wants, the name column wraps in all 60 rows.
    const room = total - min[0]! - min[1]!;
    const want = max[0]! - min[0]! + max[1]! - min[1]!;
    const proportional = min.map((m, c) => m + (room * (max[c]! - m)) / want);
    expect(height(cells, proportional)).toBeGreaterThan(110);
    expect(height(cells, widths)).toBeLessThan(75);
    expect(countLines(cells[1]![1]!, widths[1]!)).toBe(1);
  });

  it('is deterministic', () => {
    const { cells, min, max } = lopsided();
    expect(fitWidths({ words: cells, min, max, pad: 4 }, 420)).toEqual(fitWidths({ words: cells, min, max, pad: 4 }, 420));
  });
});
