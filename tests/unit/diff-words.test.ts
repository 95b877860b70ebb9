import { describe, expect, it } from 'vitest';
import { wordChanges } from '../../src/diff/compare.ts';
import { showValue } from '../../src/diff/format.ts';

const words = (s: string) => s.split(' ').filter(Boolean);

describe('wordChanges', () => {
  it('counts a sentence added, a figure changed and a word removed', () => {
    expect(wordChanges(words('Layanan masih manual di loket.'), words('Layanan masih manual di loket. Warga menunggu tiga hari.'))).toEqual({ added: 4, removed: 0 });
    expect(wordChanges(words('Target 70% pada 2020.'), words('Target 80% pada 2020.'))).toEqual({ added: 1, removed: 1 });
    expect(wordChanges(words('a b c d'), words('a c d'))).toEqual({ added: 0, removed: 1 });
  });

  it('sees nothing when the text is the same, and everything when it is new', () => {
    expect(wordChanges(words('sama saja'), words('sama saja'))).toEqual({ added: 0, removed: 0 });
    expect(wordChanges([], words('tiga kata baru'))).toEqual({ added: 3, removed: 0 });
  });
});

describe('showValue', () => {
  it('writes budgets in rupiah, per-year budgets by year, flags as words and absent values as a dash', () => {
    expect(showValue('budget', 150000000, 'id')).toBe('Rp150.000.000');
    expect(showValue('budget', { 2020: 50000000, 2021: 100000000 }, 'id')).toBe('2020: Rp50.000.000, 2021: Rp100.000.000');
    expect(showValue('quick_win', true, 'id')).toBe('ya');
    expect(showValue('quick_win', false, 'en')).toBe('no');
    expect(showValue('horizon', null, 'id')).toBe('–');
    expect(showValue('period', { start: 2019, end: 2023 }, 'id')).toBe('2019–2023');
    expect(showValue('supporting_opd', ['bpkad', 'diskominfo'], 'id')).toBe('bpkad, diskominfo');
  });
});
