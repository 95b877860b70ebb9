import type { FontMetrics } from '../../src/render/pdf/text/metrics.ts';
import type { Geometry } from '../../src/render/pdf/theme.ts';

/** A fixed-width font for the layout engine's unit tests: every character is half an em wide. */
export const fakeFont: FontMetrics = {
  width: (_key, text, size) => Array.from(text).length * size * 0.5,
  capHeight: (_key, size) => size * 0.7,
  prepare: () => undefined,
};

/** A small page: 200 × 300 pt with a text block from 20 to 280 (260 pt tall) and 160 pt wide. */
export const smallPage: Geometry = { width: 200, height: 300, top: 20, bottom: 280, inner: 20, outer: 20, measure: 160 };
