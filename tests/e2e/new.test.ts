import { readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io/io.ts';
import { run } from '../../src/cli/main.ts';
import { copyFixture } from '../helpers/cli.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/new/content');
let dir: string;

beforeEach(async () => {
  dir = await copyFixture(FIXTURE, 'masterplan-new-');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const FLAGS = ['new', '--title', "Jum'at Sehat & Bersih di Puskesmas", '--dimension', 'Smart Living', '--element', 'Kesehatan', '--opd', 'DKP2KB', '--supporting-opd', 'Bappeda,diskominfo', '--supporting-opd', 'Dishub', '--quick-win', '--yes'];
const FILE = 'content/initiatives/smart-living/jumat-sehat-dan-bersih-di-puskesmas.md';

describe('masterplan new with flags', () => {
  it('writes a file with canonical ids that passes the check, and prints the path and the next step', async () => {
    const io = memoryIo(dir);
    expect(await run(FLAGS, io)).toBe(0);
    expect(io.out()).toContain(`Dibuat: ${FILE}`);
    expect(io.out()).toContain('npx masterplan check');
    const text = await readFile(path.join(dir, FILE), 'utf8');
    expect(text).toMatch(/^---\nid: jumat-sehat-dan-bersih-di-puskesmas\ntitle: "?Jum'at Sehat & Bersih di Puskesmas"?\n/);
    expect(text).toContain('dimension: smart-living\nelement: kesehatan\nopd: dinkes\nsupporting_opd: [bappeda, diskominfo, dishub]\nquick_win: true\n');
    for (const section of ['Latar Belakang', 'Tujuan', 'Manfaat']) expect(text).toContain(`## ${section}\n`);

    const check = memoryIo(dir);
    expect(await run(['check', '--format', 'json'], check)).toBe(0);
    const report = JSON.parse(check.out()) as { errors: number; diagnostics: { file: string; rule: string }[] };
    expect(report.errors).toBe(0);
    // The only reminders left are the sections the writer still has to fill in.
    expect(new Set(report.diagnostics.filter((d) => d.file === FILE).map((d) => d.rule))).toEqual(new Set(['empty-section']));
  });

  it('refuses a second identical call with exit 1 and leaves the first file untouched', async () => {
    expect(await run(FLAGS, memoryIo(dir))).toBe(0);
    const before = await readFile(path.join(dir, FILE));
    const mtime = (await stat(path.join(dir, FILE))).mtimeMs;
    const io = memoryIo(dir);
    expect(await run(FLAGS, io)).toBe(1);
    expect(io.err()).toContain('sudah dipakai');
    expect(io.err()).toContain(FILE);
    expect(await readFile(path.join(dir, FILE))).toEqual(before);
    expect((await stat(path.join(dir, FILE))).mtimeMs).toBe(mtime);
  });

  it('refuses an id taken anywhere in the book, even in another dimension', async () => {
    const io = memoryIo(dir);
    expect(await run(['new', '--title', 'Portal Layanan', '--id', 'portal-layanan', '--dimension', 'smart-society', '--opd', 'dlh', '--yes'], io)).toBe(1);
    expect(io.err()).toContain('content/initiatives/smart-governance/portal-layanan.md');
  });

  it('refuses an existing file even when no initiative claims its id', async () => {
    const { writeFile, mkdir } = await import('node:fs/promises');
    await mkdir(path.join(dir, 'content/initiatives/smart-society'), { recursive: true });
    await writeFile(path.join(dir, 'content/initiatives/smart-society/ronda.md'), '---\nid: lain\ntitle: Ronda\ndimension: smart-society\nopd: dlh\n---\n');
    const io = memoryIo(dir);
    expect(await run(['new', '--title', 'Ronda', '--dimension', 'society', '--opd', 'dlh', '--yes'], io)).toBe(1);
    expect(io.err()).toContain('sudah ada');
  });

  it('answers unknown names with a "did you mean" and exit 2, writing nothing', async () => {
    const io = memoryIo(dir);
    expect(await run(['new', '--title', 'Uji', '--dimension', 'smart goverment', '--opd', 'diskominfo'], io)).toBe(2);
    expect(io.err()).toContain('Maksud Anda `smart-governance`?');
    const opd = memoryIo(dir);
    expect(await run(['new', '--title', 'Uji', '--dimension', 'smart-governance', '--opd', 'Diskomnfo'], opd)).toBe(2);
    expect(opd.err()).toContain('Maksud Anda `diskominfo`?');
    const element = memoryIo(dir);
    expect(await run(['new', '--title', 'Uji', '--dimension', 'smart-governance', '--element', 'kesehatan', '--opd', 'dlh'], element)).toBe(2);
    expect(element.err()).toContain('`pelayanan`');
  });

  it('names the missing flags when there is no terminal to ask on', async () => {
    const io = memoryIo(dir);
    expect(await run(['new', '--title', 'Uji'], io)).toBe(2);
    expect(io.err()).toContain('`--dimension`, `--opd`');
  });

  it('speaks English with --lang en and keeps the book’s required sections', async () => {
    const io = memoryIo(dir);
    expect(await run(['new', '--lang', 'en', '--title', 'Smart Bus Stops', '--dimension', 'mobility', '--opd', 'Dishub', '--yes'], io)).toBe(2);
    expect(io.err()).toContain('Unknown dimension');
    const ok = memoryIo(dir);
    expect(await run(['new', '--lang', 'en', '--title', 'Smart Bus Stops', '--dimension', 'living', '--element', 'Mobility', '--opd', 'Dishub', '--yes'], ok)).toBe(0);
    expect(ok.out()).toContain('Created content/initiatives/smart-living/smart-bus-stops.md');
    const text = await readFile(path.join(dir, 'content/initiatives/smart-living/smart-bus-stops.md'), 'utf8');
    expect(text).toContain('element: transportasi\n');
    expect(text).toContain('## Manfaat\n\n<!-- Name the benefits');
  });
});
