import { describe, expect, it } from 'vitest';
import { closest, editDistance, looseKey } from '../../src/diagnostics/suggest.ts';

describe('suggestions', () => {
  it('measures edit distance', () => {
    expect(editDistance('goverment', 'governance')).toBe(4);
    expect(editDistance('kesehatan', 'keshatan')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('loosens names for matching', () => {
    expect(looseKey('  Smart_Governance ')).toBe('smart-governance');
    expect(looseKey('Đặng Müller')).toBe('dang-muller');
  });

  it('suggests only plausible typos', () => {
    const pairs = [['dimension', 'dimension'], ['title', 'title']] as const;
    expect(closest('dimensoin', pairs)).toBe('dimension');
    expect(closest('budget', pairs)).toBeUndefined();
  });
});
