import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBook } from '../../src/app/load-book.ts';
import { computeStats, STATS_FORMATS, statsView } from '../../src/stats/index.ts';
import { STATS_FORMAT_NAMES } from '../../src/stats/names.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/stats');

async function fixture() {
  const { book } = await loadBook({ cwd: FIXTURE });
  const stats = computeStats(book);
  return { book, stats, view: statsView(book, 'id') };
}

describe('stats', () => {
  it('offers in --help exactly the formats it has', () => {
    expect([...STATS_FORMAT_NAMES]).toEqual(Object.keys(STATS_FORMATS));
  });

  it('lists every dimension with its elements, and OPDs by initiatives led, zeros last', async () => {
    const { view } = await fixture();
    expect(view.dimensions.filter((r) => r.kind === 'dimension').map((r) => r.id)).toEqual(['smart-governance', 'smart-branding', 'smart-economy', 'smart-living', 'smart-society', 'smart-environment']);
    expect(view.dimensions.filter((r) => r.id.startsWith('smart-living/')).map((r) => [r.name, r.count.initiatives])).toEqual([
      ['Harmonisasi Tata Ruang', 0], ['Kesehatan', 1], ['Transportasi', 1], ['Lainnya', 1],
    ]);
    expect(view.opds.map((r) => `${r.name}:${r.count.initiatives}`)).toEqual(['Dinkes:3', 'Diskominfo:2', 'Dishub:1', 'DLH:1', 'Inspektorat:0', 'Kesbangpol:0']);
    expect(view.opdsWithoutInitiatives).toEqual(['Inspektorat', 'Kesbangpol']);
    expect(view.dimensionsWithoutQuickWin).toEqual(['Smart Branding', 'Smart Economy', 'Smart Society']);
  });

  it('draws bars scaled to the largest count, quick wins as full blocks, colour only when asked', async () => {
    const { view, stats } = await fixture();
    const plain = STATS_FORMATS.table!(view, { color: false, stats });
    expect(plain).toMatch(/^Smart Living {2,}3 {2,}1 {2}█{8}▒{16}$/m);
    expect(plain).toMatch(/^Smart Governance {2,}2 {2,}1 {2}█{8}▒{8}$/m);
    expect(plain).toMatch(/^Smart Branding {2,}0 {2,}0$/m);
    expect(plain).not.toContain('\u001b[');
    const coloured = STATS_FORMATS.table!(view, { color: true, stats });
    expect(coloured).toContain('\u001b[38;2;4;105;77m'); // Smart Living #04694D
  });

  it('escapes table syntax in Markdown', async () => {
    const { view, stats } = await fixture();
    const tricky = { ...view, opds: [{ ...view.opds[0]!, name: 'Dinas A | B' }] };
    expect(STATS_FORMATS.markdown!(tricky, { color: false, stats })).toContain('| Dinas A \\| B | 3 | 1 |');
  });
});
