import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io/io.ts';
import { run } from '../../src/cli/main.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/stats');
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'masterplan-stats-'));
  await cp(path.join(FIXTURE, 'content'), path.join(dir, 'content'), { recursive: true });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('masterplan stats', () => {
  it('prints the documented JSON with exact counts, agencies without initiatives and dimensions without quick win', async () => {
    const io = memoryIo(dir);
    expect(await run(['stats', '--format', 'json'], io)).toBe(0);
    const stats = JSON.parse(io.out());
    expect(stats).toMatchObject({
      initiatives: 7,
      quickWins: 3,
      byDimension: {
        'smart-governance': { initiatives: 2, quickWins: 1 },
        'smart-branding': { initiatives: 0, quickWins: 0 },
        'smart-economy': { initiatives: 1, quickWins: 0 },
        'smart-living': { initiatives: 3, quickWins: 1 },
        'smart-society': { initiatives: 0, quickWins: 0 },
        'smart-environment': { initiatives: 1, quickWins: 1 },
      },
      // "DKP2KB" (alias) and "Dinas Kesehatan" (full name) both count for dinkes.
      byOpd: { diskominfo: { initiatives: 2, quickWins: 1 }, dinkes: { initiatives: 3, quickWins: 1 }, dishub: { initiatives: 1, quickWins: 0 }, dlh: { initiatives: 1, quickWins: 1 } },
      opdsWithoutInitiatives: ['inspektorat', 'kesbangpol'],
      dimensionsWithoutQuickWin: ['smart-branding', 'smart-economy', 'smart-society'],
    });
    expect(Object.keys(stats)).toEqual(['initiatives', 'quickWins', 'byDimension', 'byOpd', 'opdsWithoutInitiatives', 'dimensionsWithoutQuickWin', 'byElement']);
    expect(Object.keys(stats.byDimension)).toEqual(['smart-governance', 'smart-branding', 'smart-economy', 'smart-living', 'smart-society', 'smart-environment']);
    expect(stats.byElement['smart-living']).toEqual({
      'tata-ruang': { initiatives: 0, quickWins: 0 },
      kesehatan: { initiatives: 1, quickWins: 1 },
      transportasi: { initiatives: 1, quickWins: 0 },
      _none: { initiatives: 1, quickWins: 0 },
    });
    expect(stats).toEqual(JSON.parse(await readFile(path.join(FIXTURE, 'expected.json'), 'utf8')));
    expect(io.err()).toBe('');
  });

  it('prints a table with bars by default', async () => {
    const io = memoryIo(dir);
    expect(await run(['stats'], io)).toBe(0);
    const out = io.out();
    expect(out).toContain('7 inisiatif, 3 quick win');
    expect(out).toMatch(/^Smart Living +3 +1 +█+▒+$/m);
    expect(out).toMatch(/^ {2}Lainnya +1 +0$/m);
    expect(out).toContain('OPD tanpa inisiatif (2): Inspektorat, Kesbangpol');
    expect(out).toContain('Dimensi tanpa quick win: Smart Branding, Smart Economy, Smart Society');
    expect(out).not.toContain('\u001b[');
  });

  it('prints CSV and Markdown', async () => {
    const csv = memoryIo(dir);
    expect(await run(['stats', '--format', 'csv'], csv)).toBe(0);
    expect(csv.out().startsWith('\uFEFFKelompok,Id,Nama,Inisiatif,Quick win\r\njumlah,,Jumlah,7,3\r\n')).toBe(true);
    expect(csv.out()).toContain('elemen,smart-living/_none,Lainnya,1,0\r\n');
    expect(csv.out()).toContain('opd,kesbangpol,Kesbangpol,0,0\r\n');
    const md = memoryIo(dir);
    expect(await run(['stats', '--format', 'markdown', '--lang', 'en'], md)).toBe(0);
    expect(md.out()).toContain('| **Smart Living** | 3 | 1 |');
    expect(md.out()).toContain('- **Agencies without initiatives (2):** Inspektorat, Kesbangpol');
  });

  it('counts what the book holds when it has errors, says which files it leaves out on stderr and exits 1', async () => {
    await writeFile(
      path.join(dir, 'content/initiatives/smart-governance/rusak.md'),
      '---\ntitle: Rusak\ndimension: smart-governance\nopd: Dinas Rahasia\nquick_win: true\n---\n## Latar Belakang\n\nA.\n\n## Tujuan\n\nB.\n',
    );
    await writeFile(path.join(dir, 'content/initiatives/smart-governance/tanpa-judul.md'), '---\ndimension: smart-governance\nopd: dinkes\nquick_win: true\n---\nA.\n');
    const io = memoryIo(dir);
    expect(await run(['stats', '--format', 'json'], io)).toBe(1);
    // An unknown OPD is an error, yet the initiative is in the book (under the name as written); one without a title is not.
    expect(JSON.parse(io.out())).toMatchObject({ initiatives: 8, quickWins: 4, byOpd: { 'dinas-rahasia': { initiatives: 1, quickWins: 1 } } });
    expect(io.err()).toContain('2 kesalahan dalam 2 berkas; 1 berkas tidak dapat masuk buku dan tidak dihitung');
    expect(io.err()).toContain('npx masterplan check');
  });

  it('rejects an unknown format with exit 2', async () => {
    const io = memoryIo(dir);
    expect(await run(['stats', '--format', 'xml'], io)).toBe(2);
    expect(io.err()).toContain('table, json, csv, markdown');
  });
});
