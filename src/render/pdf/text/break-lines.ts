import type { FontMetrics } from './metrics.ts';
import { sameStyle, type Run, type TextStyle } from './style.ts';
import type { Hyphenate } from './hyphenate.ts';
import { toWords, type Word } from './words.ts';
import { cachedLines } from './line-cache.ts';

/** Text in one style at a natural x offset within its line. */
export interface Fragment {
  text: string;
  style: TextStyle;
  x: number;
  width: number;
  /** Inter-word spaces before this fragment on its line, and inside it. */
  gapsBefore: number;
  gaps: number;
}

/** One set line: fragments left to right, natural width, and whether it ends a paragraph. */
export interface Line {
  frags: Fragment[];
  width: number;
  gaps: number;
  /** Last line of a paragraph or before a forced break: never justified. */
  last: boolean;
}

function appendText(frags: Fragment[], text: string, style: TextStyle, width: number, gaps: number, at: { x: number; gaps: number }): void {
  const prev = frags.at(-1);
  if (prev && sameStyle(prev.style, style)) {
    prev.text += text;
    prev.width += width;
    prev.gaps += gaps;
  } else {
    frags.push({ text, style, x: at.x, width, gapsBefore: at.gaps, gaps });
  }
  at.x += width;
  at.gaps += gaps;
}

function setLine(words: readonly Word[], last: boolean): Line {
  const frags: Fragment[] = [];
  const at = { x: 0, gaps: 0 };
  words.forEach((word, i) => {
    for (const piece of word.pieces) appendText(frags, piece.text, piece.style, piece.width, 0, at);
    if (i < words.length - 1 && word.space > 0) appendText(frags, ' ', word.spaceStyle ?? word.pieces.at(-1)!.style, word.space, 1, at);
  });
  // A line that ends inside a word ends with a hyphen.
  const end = words.at(-1);
  if (!last && end?.hyphen) appendText(frags, '-', end.pieces.at(-1)!.style, end.hyphen, 0, at);
  return { frags, width: at.x, gaps: at.gaps, last };
}

/** What a line ending in a hyphen costs, as TeX's \hyphenpenalty (squared), and two such lines in a row (\doublehyphendemerits). */
const HYPHEN_DEMERITS = 30 ** 2;
const DOUBLE_HYPHEN_DEMERITS = 2_000;

/** How far a justified line may close up its word spaces (TeX's interword shrink is a third; a fifth keeps the colour even). */
export const SHRINK = 0.2;

/** Cost of a line that must stretch (or, justified, shrink) its spaces: small for near-full lines, huge for gappy ones. */
function demerits(words: readonly Word[], i: number, j: number, line: { natural: number; gaps: number; space: number }, max: number, last: boolean): number {
  if (last) return 0;
  const slack = max - line.natural;
  // A lone word on a non-final line cannot stretch: only when nothing else fits.
  if (line.gaps === 0) return slack > 1 ? 1e16 : 0;
  const space = line.space || 2.7;
  const ratio = slack >= 0 ? slack / (line.gaps * space) : -slack / (line.gaps * space * SHRINK);
  let cost = (10 + 100 * ratio ** 3) ** 2;
  if (words[j - 1]!.hyphen) cost += HYPHEN_DEMERITS + (i > 0 && words[i - 1]!.hyphen ? DOUBLE_HYPHEN_DEMERITS : 0);
  return cost;
}

/**
 * Optimal-fit breaking of one stretch of words (no forced breaks inside): choose the
 * breaks that minimise the summed demerits of all lines but the last, as TeX does for
 * paragraphs, so no line is left with wide gaps when an earlier break could avoid it.
 */
function fitWords(words: readonly Word[], width: number, firstWidth: number, first: boolean, justify: boolean): Word[][] {
  const n = words.length;
  const best = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
  const from = new Array<number>(n + 1).fill(0);
  best[0] = 0;
  for (let j = 1; j <= n; j++) {
    // A line ending on a syllable prints its hyphen; the final word of the stretch never does.
    let natural = j < n ? (words[j - 1]!.hyphen ?? 0) : 0;
    let gaps = 0;
    let space = 0;
    for (let i = j - 1; i >= 0; i--) {
      const between = i < j - 1 ? words[i]!.space : 0;
      natural += words[i]!.width + between;
      if (between > 0) {
        gaps++;
        space = between;
      }
      const max = i === 0 && first ? firstWidth : width;
      // A justified line that is not the last may close its spaces up a little.
      const shrink = justify && j < n ? gaps * (space || 2.7) * SHRINK : 0;
      if (natural > max + shrink + 0.01 && i < j - 1) break;
      const total = best[i]! + demerits(words, i, j, { natural, gaps, space }, max, j === n);
      if (total < best[j]!) {
        best[j] = total;
        from[j] = i;
      }
    }
  }
  const lines: Word[][] = [];
  for (let j = n; j > 0; j = from[j]!) lines.unshift(words.slice(from[j], j));
  return lines;
}

/** How to break: with `hyphenate`, words may break at their hyphenation points (body text; never headings, titles, numbers or addresses). */
export interface BreakOptions {
  hyphenate?: Hyphenate;
  /** The lines will be justified: spaces may also shrink a little (never in ragged text, which would overrun). */
  justify?: boolean;
  /** Hyphenate only words wider than the line (table cells: a ragged column gains nothing from a hyphen). */
  onlyOverlong?: boolean;
}

/** Break runs into lines of at most `width` (the first: `firstWidth`); "\n" forces a break. */
export function breakLines(fonts: FontMetrics, runs: readonly Run[], width: number, firstWidth = width, options: BreakOptions = {}): Line[] {
  if (fonts.cacheKey === undefined) return setLines(fonts, runs, width, firstWidth, options);
  const request = { fontsKey: fonts.cacheKey, runs, width, firstWidth, hyphenate: options.hyphenate, justify: options.justify === true, onlyOverlong: options.onlyOverlong === true };
  return cachedLines(request, () => setLines(fonts, runs, width, firstWidth, options));
}

function setLines(fonts: FontMetrics, runs: readonly Run[], width: number, firstWidth: number, options: BreakOptions): Line[] {
  const words = toWords(fonts, runs, Math.min(width, firstWidth), options.hyphenate, options.onlyOverlong);
  const lines: Line[] = [];
  let start = 0;
  for (let k = 0; k < words.length; k++) {
    if (!words[k]!.breakAfter && k < words.length - 1) continue;
    const segment = words.slice(start, k + 1);
    const set = fitWords(segment, width, firstWidth, lines.length === 0, options.justify === true);
    set.forEach((ws, n) => lines.push(setLine(ws, n === set.length - 1)));
    start = k + 1;
  }
  return lines;
}
