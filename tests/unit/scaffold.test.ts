import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { DimensionIndex } from '../../src/config/dimension-index.ts';
import { OpdRegistry } from '../../src/config/opd-registry.ts';
import { InitiativeFrontmatter } from '../../src/schema/initiative.ts';
import { DEFAULT_DIMENSIONS } from '../../src/domain/dimensions.ts';
import { checkDimension, checkElement, checkOpd, checkSupporting, idFor, initiativePath, type NewContext } from '../../src/scaffold/answers.ts';
import { renderInitiative } from '../../src/scaffold/initiative-file.ts';
import { fillTemplate, placeOf } from '../../src/scaffold/project.ts';
import { dependencySource, gitSpec, type SourceProbe } from '../../src/scaffold/source.ts';

const REGISTRY = [
  { id: 'diskominfo', name: 'Dinas Komunikasi dan Informatika', short: 'Diskominfo' },
  { id: 'dinkes', name: 'Dinas Kesehatan', short: 'Dinkes', aliases: ['DKP2KB', 'Dinas Kesehatan, Pengendalian Penduduk dan KB'] },
  { id: 'bappeda', name: 'Badan Perencanaan Pembangunan Daerah', short: 'Bappeda' },
];

function context(overrides: Partial<NewContext> = {}): NewContext {
  return {
    lang: 'id',
    dimensions: DEFAULT_DIMENSIONS,
    index: new DimensionIndex(DEFAULT_DIMENSIONS),
    registry: new OpdRegistry(REGISTRY),
    taken: new Map([['tanjak', 'content/initiatives/smart-governance/tanjak.md']]),
    bookFile: 'content/book.yml',
    ...overrides,
  };
}

const value = <T>(checked: { ok: true; value: T } | { ok: false; message: string }): T => {
  if (!checked.ok) throw new Error(checked.message);
  return checked.value;
};

describe('answers of new', () => {
  it('accepts dimensions, elements and agencies the way check does, returning canonical ids', () => {
    const ctx = context();
    expect(value(checkDimension(ctx, 'SMART LIVING')).id).toBe('smart-living');
    expect(value(checkDimension(ctx, 'governance')).id).toBe('smart-governance');
    const living = value(checkDimension(ctx, 'smart-living'));
    expect(value(checkElement(ctx, living, 'Mobility')).id).toBe('transportasi');
    expect(value(checkElement(ctx, living, 'kesehatan')).id).toBe('kesehatan');
    expect(value(checkOpd(ctx, 'dkp2kb'))).toEqual({ written: 'dinkes', name: 'Dinas Kesehatan' });
    expect(value(checkOpd(ctx, 'Dinas Komunikasi dan Informatika')).written).toBe('diskominfo');
  });

  it('answers a typo with a "did you mean"', () => {
    const ctx = context();
    const dimension = checkDimension(ctx, 'smart goverment');
    expect(dimension.ok).toBe(false);
    expect(!dimension.ok && dimension.message).toContain('Maksud Anda `smart-governance`?');
    const opd = checkOpd(ctx, 'Diskomnfo');
    expect(!opd.ok && opd.message).toContain('Maksud Anda `diskominfo`?');
    const element = checkElement(ctx, value(checkDimension(ctx, 'living')), 'kesehatn');
    expect(!element.ok && element.message).toContain('Maksud Anda `kesehatan`?');
  });

  it('splits supporting agencies at commas unless the whole value names one, dropping the lead and repeats', () => {
    const ctx = context();
    const lead = value(checkOpd(ctx, 'dinkes'));
    expect(value(checkSupporting(ctx, ['bappeda, Diskominfo', 'dinkes', 'bappeda'], lead)).map((o) => o.written)).toEqual(['bappeda', 'diskominfo']);
    expect(value(checkSupporting(ctx, ['Dinas Kesehatan, Pengendalian Penduduk dan KB'])).map((o) => o.written)).toEqual(['dinkes']);
    expect(checkSupporting(ctx, ['bappeda,nope']).ok).toBe(false);
  });

  it('writes names as typed when the registry is empty', () => {
    const ctx = context({ registry: new OpdRegistry([]) });
    expect(value(checkOpd(ctx, ' Dinas Baru '))).toEqual({ written: 'Dinas Baru', name: 'Dinas Baru' });
    expect(value(checkSupporting(ctx, ['Dinas A; Dinas B'])).map((o) => o.written)).toEqual(['Dinas A', 'Dinas B']);
  });

  it('makes the id from the title and refuses taken, reserved and malformed ids', () => {
    const ctx = context();
    expect(value(idFor(ctx, 'Bus Sekolah Gratis'))).toBe('bus-sekolah-gratis');
    expect(value(idFor(ctx, 'Apa saja', 'pilihan-saya'))).toBe('pilihan-saya');
    const taken = idFor(ctx, 'Tanjak');
    expect(taken.ok === false && taken.conflict).toBe(true);
    expect(!taken.ok && taken.message).toContain('content/initiatives/smart-governance/tanjak.md');
    expect(idFor(ctx, 'Smart Living').ok).toBe(false);
    expect(idFor(ctx, 'x', 'Bukan Id').ok).toBe(false);
    expect(idFor(ctx, '   ').ok).toBe(false);
    expect(idFor(ctx, '???').ok).toBe(false);
    expect(initiativePath({ id: 'bus', dimension: DEFAULT_DIMENSIONS[3]! })).toBe('initiatives/smart-living/bus.md');
  });
});

describe('renderInitiative', () => {
  const ctx = context();
  const initiative = {
    id: 'jumat-sehat',
    title: "Jum'at Sehat: \"Bersama\" #1",
    dimension: value(checkDimension(ctx, 'living')),
    element: value(checkElement(ctx, value(checkDimension(ctx, 'living')), 'kesehatan')),
    opd: value(checkOpd(ctx, 'dinkes')),
    supporting: [value(checkOpd(ctx, 'bappeda'))],
    quickWin: true,
  };

  function split(text: string): { data: unknown; body: string } {
    const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
    if (!match) throw new Error('no frontmatter');
    return { data: parseYaml(match[1]!), body: match[2]! };
  }

  it('writes frontmatter that the schema accepts, with tricky titles quoted', () => {
    const { data } = split(renderInitiative(initiative, { lang: 'id', sections: [], period: { start: 2024, end: 2028 } }));
    expect(InitiativeFrontmatter.parse(data)).toEqual({
      id: 'jumat-sehat', title: "Jum'at Sehat: \"Bersama\" #1", dimension: 'smart-living', element: 'kesehatan', opd: 'dinkes', supporting_opd: ['bappeda'], quick_win: true,
    });
  });

  it('shows optional keys as comments that parse when uncommented', () => {
    const text = renderInitiative(initiative, { lang: 'id', sections: [], period: { start: 2024, end: 2028 } });
    const uncommented = text.replace(/^# Kolom.*\n/m, '').replace(/^# ?/gm, '');
    const data = split(uncommented).data as Record<string, unknown>;
    const parsed = InitiativeFrontmatter.parse(data);
    expect(parsed).toMatchObject({ horizon: 'pendek', start_year: 2024, end_year: 2025, status: 'usulan', budget: 150000000, funding: ['APBD'] });
    expect(parsed.kpi).toEqual([{ indicator: 'Nama indikator', target: '100', year: 2025 }]);
  });

  it('writes each required section with guidance in a comment, in the book’s language', () => {
    const id = split(renderInitiative(initiative, { lang: 'id', sections: ['Latar Belakang', 'Tujuan', 'Risiko'], period: { start: 2024, end: 2028 } })).body;
    expect(id).toBe(
      '\n## Latar Belakang\n\n<!-- Jelaskan masalah atau kebutuhan warga dan pemerintah daerah yang mendorong inisiatif ini, sebaiknya dengan data. -->\n' +
        '\n## Tujuan\n\n<!-- Tuliskan apa yang ingin dicapai, sebaiknya terukur (misalnya jumlah pengguna atau lama layanan). -->\n' +
        '\n## Risiko\n\n<!-- Isi bagian ini. -->\n',
    );
    const en = renderInitiative(initiative, { lang: 'en', sections: [], period: { start: 2024, end: 2028 } });
    expect(en).toContain('## Latar Belakang\n\n<!-- Describe the problem');
    expect(en).toContain('# Optional keys');
  });
});

describe('project scaffold', () => {
  it('fills only its own placeholders, quoting values in YAML', () => {
    const vars = { city: 'Kabupaten "Bintan"', start: 2025, end: 2029, date: '2025-07-01', version: '1.2.3', dependency: 'file:../masterplan', ci: { folderLine: '', paragraph: 'CI.' } };
    expect(fillTemplate({ name: 'content/book.yml', text: 'city: "{{city}}"\nplace: "{{place}}"\nperiod: { start: {{start}}, end: {{end}} }' }, vars)).toBe(
      'city: "Kabupaten \\"Bintan\\""\nplace: "\\"Bintan\\""\nperiod: { start: 2025, end: 2029 }',
    );
    expect(fillTemplate({ name: 'README.md', text: '# {{city}} {{next}} {{unknown}} ${{ github.ref }}' }, vars)).toBe('# Kabupaten "Bintan" 2026 {{unknown}} ${{ github.ref }}');
    expect(fillTemplate({ name: 'package.json', text: '{"name": "{{package}}", "v": "^{{version}}", "d": "{{city}}"}' }, vars)).toBe(
      '{"name": "masterplan-kabupaten-bintan", "v": "^1.2.3", "d": "Kabupaten \\"Bintan\\""}',
    );
    // A placeholder alone on its line goes with its line when empty (init --ci none lists no pipeline).
    expect(fillTemplate({ name: 'README.md', text: 'a\n{{ciFolderLine}}\nb {{ciParagraph}}\n' }, vars)).toBe('a\nb CI.\n');
    expect(placeOf('Kota Tanjungpinang')).toBe('Tanjungpinang');
    expect(placeOf('Kab. Bintan')).toBe('Bintan');
    expect(placeOf('Tanjungpinang')).toBe('Tanjungpinang');
  });
});

describe('where a new project gets masterplan from', () => {
  const info = { name: 'masterplan', version: '0.3.0', published: false };
  const noGit = () => undefined;

  /** A package installed under `<base>/node_modules/masterplan` with npm's hidden lockfile saying `resolved`. */
  async function installed(resolved: Record<string, unknown> | undefined): Promise<{ base: string; root: string }> {
    const base = await mkdtemp(path.join(os.tmpdir(), 'masterplan-source-'));
    const root = path.join(base, 'node_modules', 'masterplan');
    await mkdir(root, { recursive: true });
    if (resolved) await writeFile(path.join(base, 'node_modules/.package-lock.json'), JSON.stringify({ lockfileVersion: 3, packages: { 'node_modules/masterplan': resolved } }));
    return { base, root };
  }
  const probe = (root: string, project: string, extra: Partial<SourceProbe> = {}): SourceProbe => ({ root, info, project, git: noGit, ...extra });

  it('never a bare registry name unless package.json says the package is published', async () => {
    const { base, root } = await installed({ version: '0.3.0', resolved: 'file:../masterplan-0.3.0.tgz' });
    expect(dependencySource(probe(root, path.join(base, 'kota'))).spec).not.toMatch(/^\^/);
    expect(dependencySource(probe(root, path.join(base, 'kota'), { info: { ...info, published: true } }))).toEqual({ spec: '^0.3.0', kind: 'registry' });
  });

  it('a tarball, a git commit or a URL as npm recorded it', async () => {
    const tarball = await installed({ resolved: 'file:../masterplan-0.3.0.tgz' });
    expect(dependencySource(probe(tarball.root, path.join(tarball.base, 'kota')))).toEqual({ spec: 'file:../../masterplan-0.3.0.tgz', kind: 'tarball' });
    const git = await installed({ resolved: 'git+ssh://git@git.kota.go.id/diskominfo/masterplan.git#0123abc' });
    expect(dependencySource(probe(git.root, '/elsewhere'))).toEqual({ spec: 'git+ssh://git@git.kota.go.id/diskominfo/masterplan.git#0123abc', kind: 'git' });
    const url = await installed({ resolved: 'https://npm.kota.go.id/masterplan/-/masterplan-0.3.0.tgz' });
    expect(dependencySource(probe(url.root, '/elsewhere')).kind).toBe('url');
  });

  it('a checkout: its remote at this commit, else its folder', () => {
    const git = (answers: Record<string, string>) => (args: string[]) => answers[args.join(' ')];
    const top = { 'rev-parse --show-toplevel': '/src/masterplan', 'rev-parse HEAD': 'abc123' };
    expect(dependencySource(probe('/src/masterplan', '/src/kota', { git: git({ ...top, 'remote get-url origin': 'git@github.com:kota/masterplan.git' }) }))).toEqual({
      spec: 'git+ssh://git@github.com/kota/masterplan.git#abc123',
      kind: 'git',
    });
    // A remote that is a folder on this machine is no source for CI: the folder itself is.
    expect(dependencySource(probe('/src/masterplan', '/src/kota', { git: git({ ...top, 'remote get-url origin': '/mnt/usb/masterplan' }) }))).toEqual({ spec: 'file:../masterplan', kind: 'path' });
    expect(dependencySource(probe('/src/masterplan', '/src/kota'))).toEqual({ spec: 'file:../masterplan', kind: 'path' });
    expect(gitSpec('https://git.kota.go.id/masterplan.git', undefined)).toBe('git+https://git.kota.go.id/masterplan.git');
  });
});
