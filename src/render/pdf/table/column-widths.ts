import type { FontMetrics } from '../text/metrics.ts';
import type { Run } from '../text/style.ts';
import type { Hyphenate } from '../text/hyphenate.ts';
import { toWords, type Word } from '../text/words.ts';
import { fitWidths } from './fit-widths.ts';

/**
 * Narrowest and widest useful width of a cell's content: its longest unbreakable piece
 * (a number, a date, a code, or a syllable with its hyphen when words may hyphenate),
 * and everything on one line.
 */
function cellExtent(fonts: FontMetrics, runs: readonly Run[], hyphenate?: Hyphenate): { min: number; max: number } {
  return extentOf(toWords(fonts, runs, Number.POSITIVE_INFINITY, hyphenate));
}

function extentOf(words: readonly Word[]): { min: number; max: number } {
  let min = 0;
  let max = 0;
  words.forEach((w, i) => {
    min = Math.max(min, w.width + (w.hyphen ?? 0));
    max += w.width + (i < words.length - 1 ? w.space : 0);
  });
  return { min, max };
}

/** The narrowest a table can be set without breaking a number or a word outside its syllables. */
export function minimumWidth(fonts: FontMetrics, cells: readonly (readonly Run[])[][], pad: number, hyphenate?: Hyphenate): number {
  const columns = Math.max(0, ...cells.map((r) => r.length));
  const min = new Array<number>(columns).fill(0);
  for (const row of cells) row.forEach((runs, c) => (min[c] = Math.max(min[c]!, cellExtent(fonts, runs, hyphenate).min + 2 * pad)));
  return min.reduce((a, b) => a + b, 0);
}

/**
 * Column widths from content: every column gets at least its longest word where
 * possible; a table that fits on one line per row shares the rest in proportion to
 * what each column would like, else the width goes where it saves the most lines
 * (see fit-widths.ts). The table always fills `total`.
 */
export function columnWidths(fonts: FontMetrics, cells: readonly (readonly Run[])[][], total: number, pad: number, hyphenate?: Hyphenate, headerRows = 0): number[] {
  // Whole words when they fit; only a table too narrow for them counts on syllables (never in its column heads).
  if (hyphenate && minimumWidth(fonts, cells, pad) <= total) return columnWidths(fonts, cells, total, pad);
  const columns = Math.max(0, ...cells.map((r) => r.length));
  const min = new Array<number>(columns).fill(0);
  const max = new Array<number>(columns).fill(0);
  const words = cells.map((row, r) => row.map((runs) => toWords(fonts, runs, Number.POSITIVE_INFINITY, r < headerRows ? undefined : hyphenate)));
  for (const row of words) {
    row.forEach((cell, c) => {
      const e = extentOf(cell);
      min[c] = Math.max(min[c]!, e.min + 2 * pad);
      max[c] = Math.max(max[c]!, e.max + 2 * pad, e.min + 2 * pad);
    });
  }
  const sumMin = min.reduce((a, b) => a + b, 0);
  const sumMax = max.reduce((a, b) => a + b, 0);
  if (sumMax <= total) {
    const extra = total - sumMax;
    return max.map((m) => m + (sumMax > 0 ? (extra * m) / sumMax : extra / columns));
  }
  if (sumMin >= total) {
    // Not even the longest words fit: share by longest word; long words are cut in cells.
    return min.map((m) => (total * m) / sumMin);
  }
  return fitWidths({ words, min, max, pad }, total);
}
