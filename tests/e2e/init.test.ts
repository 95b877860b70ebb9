import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io/io.ts';
import { run } from '../../src/cli/main.ts';

let tmp: string;
beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'masterplan-init-'));
});
afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const EPOCH = { SOURCE_DATE_EPOCH: '1751328000' }; // 2025-07-01

describe('masterplan init', () => {
  it('creates a book project that checks clean of errors and builds from inside its folder', async () => {
    const io = memoryIo(tmp, EPOCH);
    expect(await run(['init', 'kota-baru', '--city', 'Kota Contoh Raya'], io)).toBe(0);
    const dir = path.join(tmp, 'kota-baru');
    for (const file of ['content/book.yml', 'content/front/01-kata-pengantar.md', 'content/initiatives/smart-governance/contoh-inisiatif.md', '.github/workflows/check.yml', 'README.md', '.gitignore', 'package.json']) {
      expect((await stat(path.join(dir, file))).isFile(), file).toBe(true);
      expect(io.out()).toContain(`kota-baru/${file}`);
    }
    expect(io.out()).toContain('cd kota-baru');

    const book = parseYaml(await readFile(path.join(dir, 'content/book.yml'), 'utf8')) as Record<string, unknown>;
    expect(book).toMatchObject({ city: 'Kota Contoh Raya', place: 'Contoh Raya', period: { start: 2025, end: 2029 }, date: '2025-07-01' });
    expect((book.opd as unknown[]).length).toBeGreaterThan(3);

    const check = memoryIo(dir);
    expect(await run(['check', '--format', 'json'], check)).toBe(0);
    expect(JSON.parse(check.out())).toMatchObject({ errors: 0 });

    const build = memoryIo(dir, EPOCH);
    expect(await run(['build'], build), build.err()).toBe(0);
    expect((await stat(path.join(dir, 'dist/buku-satu.html'))).size).toBeGreaterThan(0);
    expect((await readFile(path.join(dir, 'dist/buku-satu.pdf'))).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('writes the official pull-request workflow, editor settings and a package.json that names where masterplan came from', async () => {
    const io = memoryIo(tmp, EPOCH);
    expect(await run(['init', 'proj', '--city', 'Kabupaten Bintan'], io)).toBe(0);
    const workflow = await readFile(path.join(tmp, 'proj/.github/workflows/check.yml'), 'utf8');
    expect(workflow).toBe(await readFile(path.resolve(import.meta.dirname, '../../templates/ci/github-workflow.yml'), 'utf8'));
    const parsed = parseYaml(workflow) as { on: Record<string, unknown>; jobs: { check: { steps: { uses?: string }[] } } };
    expect(Object.keys(parsed.on)).toContain('pull_request');
    // The workflow runs masterplan's action from the copy the project installs.
    expect(parsed.jobs.check.steps.map((s) => s.uses)).toContain('./node_modules/masterplan');

    const manifest = JSON.parse(await readFile(path.join(tmp, 'proj/package.json'), 'utf8'));
    expect(manifest).toMatchObject({ name: 'masterplan-kabupaten-bintan', private: true, scripts: { check: 'masterplan check', build: 'masterplan build' } });
    // Never a bare registry name that is not ours: this checkout is a folder (or its git remote).
    const dependency = manifest.devDependencies.masterplan as string;
    expect(dependency).toMatch(/^(file:|git\+)/);
    if (dependency.startsWith('file:')) expect(path.resolve(tmp, 'proj', dependency.slice(5))).toBe(path.resolve(import.meta.dirname, '../..'));
    expect(io.out()).toContain(`package.json memasang masterplan dari`);
    expect(io.out()).toContain(dependency);
    expect(await readFile(path.join(tmp, 'proj/.gitignore'), 'utf8')).toContain('node_modules/');

    const settings = JSON.parse(await readFile(path.join(tmp, 'proj/.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string[]> };
    expect(settings['yaml.schemas']).toEqual({
      './node_modules/masterplan/schema/book.schema.json': ['content/book.yml'],
      './node_modules/masterplan/schema/initiative.schema.json': ['content/initiatives/**/*.md'],
    });
    for (const schema of Object.keys(settings['yaml.schemas'])) expect((await stat(path.resolve(import.meta.dirname, '../..', schema.replace('./node_modules/masterplan/', '')))).isFile()).toBe(true);
  });

  it('speaks of a Kabupaten as a Kabupaten, and makes the assets folder', async () => {
    expect(await run(['init', 'kab', '--city', 'Kabupaten Bintan'], memoryIo(tmp, EPOCH))).toBe(0);
    const dir = path.join(tmp, 'kab');
    expect((await stat(path.join(dir, 'content/assets'))).isDirectory()).toBe(true);
    const texts = await Promise.all(['content/book.yml', 'content/front/01-kata-pengantar.md', 'content/front/02-pendahuluan.md', 'content/initiatives/smart-governance/contoh-inisiatif.md'].map((f) => readFile(path.join(dir, f), 'utf8')));
    for (const text of texts) expect(text).not.toMatch(/pemerintah kota|Wali Kota|tantangan kota|OPD kota/i);
    expect(texts[0]).toContain('Bupati Bintan');
    // No date in book.yml's comments that disagrees with the book's own `date`.
    expect(texts[0]).not.toMatch(/#.*\b\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}/);
  });

  it('--ci gitlab writes .gitlab-ci.yml instead; --ci none writes no pipeline; anything else is a usage error', async () => {
    expect(await run(['init', 'gl', '--ci', 'gitlab'], memoryIo(tmp, EPOCH))).toBe(0);
    const pipeline = parseYaml(await readFile(path.join(tmp, 'gl/.gitlab-ci.yml'), 'utf8')) as { variables: Record<string, string>; default: { image: { name: string } } };
    expect(pipeline.default.image.name).toBe('$MASTERPLAN_IMAGE');
    expect(pipeline.variables.MASTERPLAN_IMAGE).toBe('node:24');
    await expect(stat(path.join(tmp, 'gl/.github'))).rejects.toThrow();
    const readme = await readFile(path.join(tmp, 'gl/README.md'), 'utf8');
    expect(readme).toContain('.gitlab-ci.yml');
    expect(readme).not.toContain('.github/workflows');

    expect(await run(['init', 'none', '--ci', 'none'], memoryIo(tmp, EPOCH))).toBe(0);
    await expect(stat(path.join(tmp, 'none/.github'))).rejects.toThrow();
    await expect(stat(path.join(tmp, 'none/.gitlab-ci.yml'))).rejects.toThrow();
    const plain = await readFile(path.join(tmp, 'none/README.md'), 'utf8');
    expect(plain).toContain('--ci none');
    expect(plain).not.toContain('{{');

    const bad = memoryIo(tmp);
    expect(await run(['init', 'x', '--ci', 'jenkins'], bad)).toBe(2);
    expect(bad.err()).toContain('--ci jenkins');
    await expect(stat(path.join(tmp, 'x'))).rejects.toThrow();
  });

  it('refuses a non-empty folder with exit 2 unless --force, and never overwrites a file', async () => {
    const dir = path.join(tmp, 'ada-isi');
    await mkdir(path.join(dir, 'content'), { recursive: true });
    await writeFile(path.join(dir, 'content/book.yml'), 'city: Punya Kami\n');
    const io = memoryIo(tmp);
    expect(await run(['init', 'ada-isi'], io)).toBe(2);
    expect(io.err()).toContain('tidak kosong');
    expect(await readFile(path.join(dir, 'content/book.yml'), 'utf8')).toBe('city: Punya Kami\n');

    const forced = memoryIo(tmp, EPOCH);
    expect(await run(['init', 'ada-isi', '--force'], forced)).toBe(0);
    expect(forced.err()).toContain('ada-isi/content/book.yml');
    expect(await readFile(path.join(dir, 'content/book.yml'), 'utf8')).toBe('city: Punya Kami\n');
    expect((await stat(path.join(dir, 'content/front/01-kata-pengantar.md'))).isFile()).toBe(true);
  });

  it('accepts a folder holding only .git, and the current folder by default', async () => {
    await mkdir(path.join(tmp, '.git'));
    const io = memoryIo(tmp, EPOCH);
    expect(await run(['init', '--period', '2024-2028'], io)).toBe(0);
    expect(io.out()).not.toContain('cd ');
    expect(await readFile(path.join(tmp, 'content/book.yml'), 'utf8')).toContain('period: { start: 2024, end: 2028 }');
  });
});
