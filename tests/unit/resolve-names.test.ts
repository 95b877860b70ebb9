import { describe, expect, it } from 'vitest';
import { DimensionIndex } from '../../src/config/dimension-index.ts';
import { OpdRegistry } from '../../src/config/opd-registry.ts';
import { DEFAULT_DIMENSIONS } from '../../src/domain/dimensions.ts';

describe('dimension names', () => {
  const index = new DimensionIndex(DEFAULT_DIMENSIONS);

  it.each(['smart-governance', 'Smart Governance', 'SMART GOVERNANCE', 'governance', 'smart_governance'])('resolves %s', (name) => {
    expect(index.resolve(name)?.id).toBe('smart-governance');
  });

  it('suggests smart-governance for the seed article typo', () => {
    expect(index.resolve('smart goverment')).toBeUndefined();
    expect(index.suggest('smart goverment')).toBe('smart-governance');
  });

  it('resolves elements by id or name in either language, only within their dimension', () => {
    const living = index.resolve('smart-living')!;
    expect(index.element(living, 'Kesehatan')?.id).toBe('kesehatan');
    expect(index.element(living, 'mobility')?.id).toBe('transportasi');
    expect(index.element(living, 'pariwisata')).toBeUndefined();
    expect(index.elementElsewhere(living, 'pariwisata')?.dimension.id).toBe('smart-branding');
    expect(index.suggestElement(living, 'keshatan')).toBe('kesehatan');
  });
});

describe('OPD registry', () => {
  const registry = new OpdRegistry([
    { id: 'dinkes', name: 'Dinas Kesehatan', short: 'Dinkes', aliases: ['DKP2KB', 'Dinas Kesehatan, Pengendalian Penduduk dan KB'] },
    { id: 'diskominfo', name: 'Dinas Komunikasi dan Informatika', short: 'Diskominfo' },
  ]);

  it.each(['dinkes', 'Dinkes', 'DINAS KESEHATAN', 'dkp2kb', 'Dinas Kesehatan, Pengendalian Penduduk dan KB'])('resolves %s by id, short name, full name or alias', (name) => {
    expect(registry.resolve(name)).toEqual({ id: 'dinkes', name: 'Dinas Kesehatan', short: 'Dinkes' });
  });

  it('suggests the nearest registry id for a typo', () => {
    expect(registry.resolve('Diskominfoo')).toBeUndefined();
    expect(registry.suggest('Diskominfoo')).toBe('diskominfo');
  });

  it('accepts any name when the registry is empty', () => {
    expect(new OpdRegistry([]).resolve('Dinas Baru')).toEqual({ id: 'dinas-baru', name: 'Dinas Baru' });
  });
});
