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

  it('writes the official pull-request workflow and a package.json that pins masterplan for it', async () => {
    expect(await run(['init', 'proj', '--city', 'Kabupaten Bintan'], memoryIo(tmp, EPOCH))).toBe(0);
    const workflow = await readFile(path.join(tmp, 'proj/.github/workflows/check.yml'), 'utf8');
    expect(workflow).toBe(await readFile(path.resolve(import.meta.dirname, '../../templates/ci/github-workflow.yml'), 'utf8'));
    const parsed = parseYaml(workflow) as { on: Record<string, unknown> };
    expect(Object.keys(parsed.on)).toContain('pull_request');
    expect(workflow).toMatch(/npx masterplan check[^\n]*--format github/);
    expect(workflow).toMatch(/npx masterplan build/);
    expect(workflow).toContain('actions/upload-artifact');
    expect(workflow).toMatch(/path: dist\/?/);

    const own = JSON.parse(await readFile(path.resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };
    const manifest = JSON.parse(await readFile(path.join(tmp, 'proj/package.json'), 'utf8'));
    expect(manifest).toMatchObject({ name: 'masterplan-kabupaten-bintan', private: true, devDependencies: { masterplan: `^${own.version}` }, scripts: { check: 'masterplan check', build: 'masterplan build' } });
    expect(await readFile(path.join(tmp, 'proj/.gitignore'), 'utf8')).toContain('node_modules/');
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
