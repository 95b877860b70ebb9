import type { Word } from '../text/words.ts';

/** Lines a cell's words take at `width`, filled greedily (close enough to the line breaker to compare widths). */
export function countLines(words: readonly Word[], width: number): number {
  let lines = 1;
  let x = 0;
  words.forEach((w, i) => {
    if (x > 0 && x + w.width + (w.hyphen ?? 0) > width) {
      lines++;
      x = 0;
    }
    x += w.width + w.space;
    if (w.breakAfter && i < words.length - 1) {
      lines++;
      x = 0;
    }
  });
  return lines;
}

/** Content width at which a cell first takes fewer than `lines` lines (found by halving, to a quarter point). */
function widthForFewer(words: readonly Word[], lines: number, from: number, to: number): number | undefined {
  if (countLines(words, to) >= lines) return undefined;
  let lo = from;
  let hi = to;
  while (hi - lo > 0.25) {
    const mid = (lo + hi) / 2;
    if (countLines(words, mid) < lines) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** A widening of one column, what it saves and what it costs. */
interface Step {
  column: number;
  width: number;
  gain: number;
}

/** Weight of the column's own lines against the table's height when a widening makes the table shorter. */
const OWN_LINES = 0.1;

/** Candidate widths per column and round, the narrowest first (bounds the work on long tables). */
const CANDIDATES = 16;

/** The problem: each cell's words, and each column's narrowest and widest useful width (padding included). */
export interface FitInput {
  words: readonly (readonly (readonly Word[])[])[];
  min: readonly number[];
  max: readonly number[];
  pad: number;
}

class Fitter {
  readonly widths: number[];
  /** Lines of each cell at the current widths: lines[row][column]. */
  private readonly lines: number[][];
  /**
   * Per column until it is widened: its candidate widths and the lines of its cells at
   * each (a column's own lines do not depend on the others, so rounds reuse them).
   */
  private readonly cache = new Map<number, { candidates: number[]; lines: Map<number, number[]> }>();

  constructor(private readonly input: FitInput) {
    this.widths = [...input.min];
    this.lines = input.words.map((row) => this.widths.map((w, c) => this.count(row[c], w)));
  }

  private count(words: readonly Word[] | undefined, width: number): number {
    return words ? countLines(words, Math.max(1, width - 2 * this.input.pad)) : 1;
  }

  private cached(column: number, limit: number): { candidates: number[]; lines: Map<number, number[]> } {
    let entry = this.cache.get(column);
    if (!entry) this.cache.set(column, (entry = { candidates: this.candidates(column, limit), lines: new Map() }));
    return entry;
  }

  /** Lines of the cells of `column` at `width`. */
  private linesAt(column: number, width: number): number[] {
    const entry = this.cache.get(column)!;
    let lines = entry.lines.get(width);
    if (!lines) entry.lines.set(width, (lines = this.input.words.map((row) => this.count(row[column], width))));
    return lines;
  }

  /** Widths at which some cell of `column` loses a line, no further than `limit`. */
  private candidates(column: number, limit: number): number[] {
    const { pad, max } = this.input;
    const to = Math.min(max[column]!, limit);
    const found = new Set<number>();
    this.input.words.forEach((row, r) => {
      const words = row[column];
      if (!words || this.lines[r]![column]! <= 1) return;
      const w = widthForFewer(words, this.lines[r]![column]!, this.widths[column]! - 2 * pad, to - 2 * pad);
      if (w !== undefined) found.add(w + 2 * pad);
    });
    return [...found].sort((a, b) => a - b).slice(0, CANDIDATES);
  }

  /** Each row's tallest cell outside `column`, in lines. */
  private others(column: number): number[] {
    return this.lines.map((lines) => lines.reduce((most, n, c) => (c === column || n <= most ? most : n), 1));
  }

  /** Lines saved (table height first, the column's own lines a little) if `column` were `width` wide. */
  private gain(column: number, width: number, others: readonly number[]): number {
    let height = 0;
    let own = 0;
    this.linesAt(column, width).forEach((now, r) => {
      const before = this.lines[r]![column]!;
      height += Math.max(before, others[r]!) - Math.max(now, others[r]!);
      own += before - now;
    });
    // Width that makes no row shorter is shared evenly at the end, not spent on one column.
    return height > 0 ? height + OWN_LINES * own : 0;
  }

  /** The widening that saves the most lines per point, within `spare`. */
  best(spare: number): Step | undefined {
    let best: Step | undefined;
    let bestRate = 0;
    this.widths.forEach((current, column) => {
      const candidates = this.cached(column, current + spare).candidates.filter((w) => w <= current + spare);
      const others = candidates.length > 0 ? this.others(column) : [];
      for (const width of candidates) {
        const gain = this.gain(column, width, others);
        const rate = gain / (width - current);
        if (gain > 0 && rate > bestRate + 1e-9) {
          best = { column, width, gain };
          bestRate = rate;
        }
      }
    });
    return best;
  }

  apply(step: Step): void {
    this.cache.delete(step.column);
    this.widths[step.column] = step.width;
    this.input.words.forEach((row, r) => (this.lines[r]![step.column] = this.count(row[step.column], step.width)));
  }
}

/**
 * Column widths that make the table short: starting from each column's narrowest, give
 * width where it saves the most lines per point (a short column that wraps before a
 * long one that has slack), then share what saves nothing by what each column would
 * still like. Deterministic: ties go to the leftmost column and the narrowest width.
 */
export function fitWidths(input: FitInput, total: number): number[] {
  const fitter = new Fitter(input);
  let spare = total - fitter.widths.reduce((a, b) => a + b, 0);
  for (let step = fitter.best(spare); step && spare > 0.01; step = fitter.best(spare)) {
    spare -= step.width - fitter.widths[step.column]!;
    fitter.apply(step);
  }
  const widths = fitter.widths;
  const want = widths.map((w, c) => Math.max(0, input.max[c]! - w));
  const sumWant = want.reduce((a, b) => a + b, 0);
  return widths.map((w, c) => w + (sumWant > 0 ? (spare * want[c]!) / sumWant : spare / widths.length));
}
