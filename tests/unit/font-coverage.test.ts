import { describe, expect, it } from 'vitest';
import ranges from '../../src/fonts/coverage.json' with { type: 'json' };
import { coveredCodePoints } from '../../src/fonts/coverage.ts';
import { fromRanges, toRanges } from '../../src/fonts/coverage-ranges.ts';
import { measureCoverage } from '../../src/fonts/measure-coverage.ts';

describe('font coverage table', () => {
  it('matches the font the PDF embeds (run `npm run fonts` after changing the theme font)', () => {
    expect(ranges).toEqual(measureCoverage());
  });

  it('covers Indonesian text and Latin Extended names, not emoji or CJK', () => {
    const covered = coveredCodePoints();
    for (const char of 'Rp1.500.000 – “Đặng” Müller çà ñ ő ł') expect(covered.has(char.codePointAt(0)!), char).toBe(true);
    for (const char of ['😀', '漢']) expect(covered.has(char.codePointAt(0)!), char).toBe(false);
  });

  it('round-trips ranges', () => {
    expect(toRanges([5, 1, 2, 3, 9, 10])).toEqual([[1, 3], [5, 5], [9, 10]]);
    expect([...fromRanges([[1, 3], [9, 9]])]).toEqual([1, 2, 3, 9]);
  });
});
