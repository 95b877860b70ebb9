import { describe, expect, it } from 'vitest';
import ranges from '../../src/fonts/coverage.json' with { type: 'json' };
import { coveredCodePoints } from '../../src/fonts/coverage.ts';
import { fromRanges, toRanges } from '../../src/fonts/coverage-ranges.ts';
import { measureCoverage } from '../../src/render/pdf/measure-coverage.ts';
import { PLAIN_LATIN } from '../../src/rules/glyph-missing.ts';

describe('font coverage table', () => {
  it('matches the font the PDF embeds (run `npm run fonts` after changing the theme font)', () => {
    expect(ranges).toEqual(measureCoverage());
  });

  it('covers Indonesian text and Latin Extended names, not emoji or CJK', () => {
    const covered = coveredCodePoints();
    for (const char of 'Rp1.500.000 – “Đặng” Müller çà ñ ő ł') expect(covered.has(char.codePointAt(0)!), char).toBe(true);
    for (const char of ['😀', '漢']) expect(covered.has(char.codePointAt(0)!), char).toBe(false);
  });

  it('draws every character the glyph check lets through without looking', () => {
    const covered = coveredCodePoints();
    for (let cp = 0x20; cp < 0x3000; cp++) {
      const char = String.fromCodePoint(cp);
      if (PLAIN_LATIN.test(char)) expect(covered.has(cp), `U+${cp.toString(16)}`).toBe(true);
    }
  });

  it('round-trips ranges', () => {
    expect(toRanges([5, 1, 2, 3, 9, 10])).toEqual([[1, 3], [5, 5], [9, 10]]);
    expect([...fromRanges([[1, 3], [9, 9]])]).toEqual([1, 2, 3, 9]);
  });
});
