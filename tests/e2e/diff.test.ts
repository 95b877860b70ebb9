import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { cloneOf, removeScratch, scratch } from '../helpers/git-book.ts';
import { fileUrl, git, isolateGit, writeFiles } from '../helpers/git-repo.ts';
import { EDITION_FILES, editionRepository } from '../helpers/edition-book.ts';

let repo: string;
let edition1: string;

beforeAll(async () => {
  isolateGit();
  repo = await editionRepository();
  edition1 = (await git(repo, 'rev-parse', 'edisi-1')).trim();
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await removeScratch();
});

const counts = (initiatives: number, quickWins: number) => ({ initiatives, quickWins });

describe('masterplan diff --base edisi-1', () => {
  it('prints every change by initiative id as the documented JSON', async () => {
    const { code, stdout, stderr } = await runCli(['diff', '--base', 'edisi-1', '--format', 'json'], repo);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const diff = JSON.parse(stdout);
    const { totals, ...rest } = diff;
    expect(rest).toEqual({
      base: 'edisi-1',
      baseCommit: edition1,
      added: [{ id: 'ambulans-daring', title: 'Ambulans Daring', dimension: 'smart-living', file: EDITION_FILES.added }],
      removed: [{ id: 'klinik-keliling', title: 'Klinik Keliling', dimension: 'smart-living', file: EDITION_FILES.removed }],
      moved: [
        {
          id: 'posyandu',
          title: 'Posyandu Digital',
          from: { dimension: 'smart-living', file: EDITION_FILES.renamedFrom },
          to: { dimension: 'smart-society', file: EDITION_FILES.renamedTo },
        },
      ],
      changed: [
        {
          id: 'portal-data',
          title: 'Portal Satu Data',
          fields: {
            opd: { old: 'diskominfo', new: 'dinkes' },
            quick_win: { old: false, new: true },
            budget: { old: 100000000, new: 150000000 },
            kpi: { old: [{ indicator: 'Dataset terbuka', target: '50', year: 2021 }], new: [{ indicator: 'Dataset terbuka', target: '80', year: 2021 }] },
          },
          body: { added: 5, removed: 0 },
        },
        { id: 'posyandu', title: 'Posyandu Digital', fields: { dimension: { old: 'smart-living', new: 'smart-society' } }, body: { added: 0, removed: 0 } },
      ],
      book: {
        fields: { edition: { old: 'Edisi 1', new: 'Konsep 2' } },
        opd: { added: [{ id: 'dishub', name: 'Dinas Perhubungan', short: 'Dishub' }], removed: [], changed: [] },
      },
    });
    expect(totals.before).toMatchObject({ initiatives: 4, quickWins: 1, budget: 350000000 });
    expect(totals.after).toMatchObject({ initiatives: 4, quickWins: 3, budget: 650000000 });
    expect(totals.before.byDimension).toMatchObject({ 'smart-governance': counts(1, 0), 'smart-living': counts(2, 1), 'smart-society': counts(1, 0) });
    expect(totals.after.byDimension).toMatchObject({ 'smart-governance': counts(1, 1), 'smart-living': counts(1, 1), 'smart-society': counts(2, 1) });
  });

  it('names every change in Markdown, with the headline a pull request shows', async () => {
    const { code, stdout } = await runCli(['diff', '--base', 'edisi-1', '--format', 'markdown'], repo);
    expect(code).toBe(0);
    expect(stdout).toContain(`## Perubahan sejak \`edisi-1\` (${edition1.slice(0, 7)})`);
    expect(stdout).toContain('**+1 inisiatif di Smart Living; −1 inisiatif di Smart Living; 1 dipindahkan; 2 inisiatif diubah; quick win 1 → 3; anggaran +Rp300.000.000; book.yml berubah; daftar OPD berubah**');
    for (const line of [
      '- `ambulans-daring` Ambulans Daring — Smart Living (`content/initiatives/ambulans-daring.md`)',
      '- `klinik-keliling` Klinik Keliling — Smart Living (`content/initiatives/klinik-keliling.md`)',
      '- `posyandu` Posyandu Digital: Smart Living → Smart Society',
      '  - OPD pengampu: diskominfo → dinkes',
      '  - quick win: tidak → ya',
      '  - anggaran: Rp100.000.000 → Rp150.000.000',
      '  - indikator (KPI): − Dataset terbuka: 50 (2021); + Dataset terbuka: 80 (2021)',
      '  - teks: +5 kata, −0 kata',
      '  - dimensi: Smart Living → Smart Society',
      '- edisi: Edisi 1 → Konsep 2',
      '- OPD ditambahkan: dishub (Dinas Perhubungan)',
      '| Inisiatif | 4 | 4 | 0 |',
      '| Quick win | 1 | 3 | +2 |',
      '| Anggaran | Rp350.000.000 | Rp650.000.000 | +Rp300.000.000 |',
    ]) expect(stdout).toContain(`${line}\n`);
  });

  it('compares with the merge base of the target branch by default, and in English on request', async () => {
    const { code, stdout } = await runCli(['diff', '--lang', 'en'], repo);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Changes since main \\(${edition1.slice(0, 7)}\\)\\n\\+1 initiative in Smart Living; −1 initiative in Smart Living; 1 moved; 2 initiatives changed; quick wins 1 → 3; budget \\+Rp300,000,000; book\\.yml changed; OPD registry changed\\n`));
    expect(stdout).toContain('  Budget: Rp350,000,000 → Rp650,000,000 (+Rp300,000,000)\n');
  });

  it('sees changes not yet committed', async () => {
    const dir = await editionRepository({ committed: false });
    const diff = JSON.parse((await runCli(['diff', '--base', 'edisi-1', '--format', 'json'], dir)).stdout);
    expect(diff.added.map((i: { id: string }) => i.id)).toEqual(['ambulans-daring']);
    expect(diff.removed.map((i: { id: string }) => i.id)).toEqual(['klinik-keliling']);
  });

  it('says so when nothing changed', async () => {
    const { code, stdout } = await runCli(['diff', '--base', 'HEAD'], repo);
    expect(code).toBe(0);
    expect(stdout).toContain('Tidak ada perubahan inisiatif maupun book.yml.\n');
  });

  it('refuses a base that names no commit, and a folder outside git, with exit 2', async () => {
    const typo = await runCli(['diff', '--base', 'edisi-satu'], repo);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('Ref `edisi-satu` tidak ditemukan di repositori git');
    expect(typo.stdout).toBe('');
    const plain = await scratch('masterplan-nogit-');
    await writeFiles(plain, { 'content/book.yml': 'city: Kota Contoh\ntitle: Masterplan\nperiod: { start: 2019, end: 2023 }\n' });
    const outside = await runCli(['diff'], plain);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('Tidak dapat membandingkan: `content` tidak berada di dalam repositori git');
  });
});

describe('check --changed and deleted initiatives', () => {
  let linked: string;
  beforeAll(async () => {
    linked = await editionRepository({ linked: true });
  });

  it('reports a link in an unchanged file to an initiative the branch deleted, naming the deleted file', async () => {
    const { code, stdout } = await runCli(['check', '--changed', '--quiet', '--format', 'json'], linked);
    const report = JSON.parse(stdout);
    expect(report.diagnostics.map((d: { file: string; rule: string }) => `${d.file} ${d.rule}`)).toEqual([`${EDITION_FILES.linking} link-unresolved`]);
    expect(report.diagnostics[0].message).toContain(`Inisiatif \`klinik-keliling\` dihapus atau diganti namanya di cabang ini (\`${EDITION_FILES.removed}\`)`);
    expect(code).toBe(1);
  });

  it('also from a subfolder, naming files relative to it', async () => {
    const { stdout } = await runCli(['check', '--changed', '--quiet', '--format', 'json', '--content', '.'], path.join(linked, 'content'));
    const report = JSON.parse(stdout);
    expect(report.diagnostics[0].file).toBe('initiatives/sekolah-daring.md');
    expect(report.diagnostics[0].message).toContain('(`initiatives/klinik-keliling.md`)');
  });
});

describe('diff in a shallow clone', () => {
  it('fetches the edition tag and enough history, says so, and finds the same changes', async () => {
    const clone = await cloneOf(fileUrl(repo), '--depth', '1', '--branch', 'konsep-2', '--no-tags');
    const { code, stdout, stderr } = await runCli(['diff', '--base', 'edisi-1', '--format', 'json'], clone);
    expect(code).toBe(0);
    expect(stderr).toContain('Cabang dasar `edisi-1` diambil dari remote (klon dangkal).');
    const diff = JSON.parse(stdout);
    expect(diff.baseCommit).toBe(edition1);
    expect(diff.added.map((i: { id: string }) => i.id)).toEqual(['ambulans-daring']);
    expect(diff.removed.map((i: { id: string }) => i.id)).toEqual(['klinik-keliling']);
  });
});
