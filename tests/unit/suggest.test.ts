import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closest, editDistance, looseKey } from '../../src/diagnostics/suggest.ts';

describe('suggestions', () => {
  it('measures edit distance', () => {
    expect(editDistance('goverment', 'governance')).toBe(4);
    expect(editDistance('kesehatan', 'keshatan')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('loosens a plain ASCII name exactly as it loosens any name (the ASCII path skips Unicode normalisation)', () => {
    const full = (value: string) =>
      value.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').replace(/[łŁ]/g, 'l').replace(/[øØ]/g, 'o').toLowerCase().trim().replace(/[\s_./]+/g, '-').replace(/-+/g, '-');
    const names = fc.oneof(fc.string({ unit: 'binary-ascii', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constantFrom('Smart  Governance', ' Dinas PU ', 'Kesehatan_Ibu.Anak/Balita', 'Ékonomi Đigital', 'Øresund'));
    fc.assert(fc.property(names, (name) => looseKey(name) === full(name)), { seed: 20191230, numRuns: 3000 });
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
