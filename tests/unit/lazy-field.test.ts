import { describe, expect, it } from 'vitest';
import { lazyField } from '../../src/model/lazy-field.ts';

describe('lazyField', () => {
  it('computes the value when first read, once, and shows it like a plain field', () => {
    let calls = 0;
    const target = lazyField({ id: 'a' }, 'facts', () => {
      calls++;
      return [1, 2];
    });
    expect(calls).toBe(0);
    expect(target.facts).toEqual([1, 2]);
    expect(target.facts).toBe(target.facts);
    expect(calls).toBe(1);
    expect({ ...target }).toEqual({ id: 'a', facts: [1, 2] });
    expect(JSON.parse(JSON.stringify(target))).toEqual({ id: 'a', facts: [1, 2] });
    expect(structuredClone(target)).toEqual({ id: 'a', facts: [1, 2] });
    expect(Object.keys(target)).toEqual(['id', 'facts']);
    expect(calls).toBe(1);
  });

  it('takes an assigned value instead, without computing', () => {
    let calls = 0;
    const target = lazyField({}, 'charts', () => {
      calls++;
      return 'drawn';
    });
    target.charts = 'given';
    expect(target.charts).toBe('given');
    expect(calls).toBe(0);
  });
});
