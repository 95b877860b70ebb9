import type { FontKey } from '../theme.ts';

/**
 * What the layout engine asks of fonts: widths, heights, and a chance to shape a batch
 * of words at once. The book's FontSet answers from real font files through pdfkit;
 * the engine's unit tests answer with a fixed-width fake font.
 */
export interface FontMetrics {
  /** Advance width of `text` set in `key` at `size` points. */
  width(key: FontKey, text: string, size: number): number;
  /** Height of capital letters at `size` points. */
  capHeight(key: FontKey, size: number): number;
  /** Shape these words ahead of measuring them (a cache may fill; may do nothing). */
  prepare(key: FontKey, words: readonly string[]): void;
  /** Names the font files: lines set with any metrics of the same key may be reused (see line-cache.ts); none, no reuse. */
  readonly cacheKey?: string;
}
