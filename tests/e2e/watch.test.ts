import { cp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io/io.ts';
import { run } from '../../src/cli/main.ts';
import { copyFixture } from '../helpers/cli.ts';
import { loadBook } from '../../src/app/load-book.ts';
import { createStageCache } from '../../src/watch/cache.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/stats/content');
const PORTAL = 'content/initiatives/smart-governance/portal.md';
let dir: string;

beforeEach(async () => {
  dir = await copyFixture(FIXTURE, 'masterplan-watch-');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeout = 20_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const html = () => readFile(path.join(dir, 'dist/buku-satu.html'), 'utf8').catch(() => '');

describe('masterplan watch', () => {
  it('rebuilds on an edit, reports a content error without exiting, rebuilds once fixed, and stops cleanly', async () => {
    const controller = new AbortController();
    const io = { ...memoryIo(dir), signal: controller.signal };
    const running = run(['watch', '--format', 'html'], io);
    await waitFor('the watcher', () => io.err().includes('Memantau content/'));
    expect(io.out()).toContain('Ditulis: dist/buku-satu.html');
    expect(await html()).toContain('Inisiatif portal');

    const source = await readFile(path.join(dir, PORTAL), 'utf8');
    await writeFile(path.join(dir, PORTAL), source.replace('title: Inisiatif portal', 'title: Portal Warga Terpadu'));
    await waitFor('the rebuilt page', async () => (await html()).includes('Portal Warga Terpadu'));
    expect(io.err()).toContain(`Berubah: ${PORTAL}`);

    await writeFile(path.join(dir, PORTAL), source.replace('dimension: smart-governance', 'dimension: smart-goverment'));
    await waitFor('the diagnostics', () => io.err().includes('Buku tidak diperbarui: 1 kesalahan'));
    expect(io.err()).toContain('smart-goverment');
    expect(await html()).toContain('Portal Warga Terpadu'); // the last good book stays

    await writeFile(path.join(dir, PORTAL), source.replace('title: Inisiatif portal', 'title: Portal Warga Diperbaiki'));
    await waitFor('the page after the fix', async () => (await html()).includes('Portal Warga Diperbaiki'));

    controller.abort();
    expect(await running).toBe(0);
    expect(io.err()).toContain('Berhenti.');
  });

  it('keeps watching when the content folder is replaced (moved away and another put in its place)', async () => {
    const controller = new AbortController();
    const io = { ...memoryIo(dir), signal: controller.signal };
    const running = run(['watch', '--format', 'html'], io);
    await waitFor('the watcher', () => io.err().includes('Memantau content/'));
    await rename(path.join(dir, 'content'), path.join(dir, 'content-lama'));
    await cp(path.join(dir, 'content-lama'), path.join(dir, 'content'), { recursive: true });
    const source = await readFile(path.join(dir, PORTAL), 'utf8');
    await writeFile(path.join(dir, PORTAL), source.replace('title: Inisiatif portal', 'title: Portal Setelah Diganti'));
    await waitFor('the page from the new folder', async () => (await html()).includes('Portal Setelah Diganti'));
    await writeFile(path.join(dir, PORTAL), source.replace('title: Inisiatif portal', 'title: Portal Diedit Lagi'));
    await waitFor('a later edit in the new folder', async () => (await html()).includes('Portal Diedit Lagi'));
    controller.abort();
    expect(await running).toBe(0);
  }, 30_000);

  it('exits 2 at once when there is no book to watch', async () => {
    const io = { ...memoryIo(dir), signal: new AbortController().signal };
    expect(await run(['watch', '--content', 'tidak-ada'], io)).toBe(2);
    expect(io.err()).toContain('tidak-ada');
  });
});

describe('the watch cache', () => {
  it('re-reads and re-parses only the files that changed, and gives the same result as a fresh load', async () => {
    const cache = createStageCache();
    const first = await loadBook({ cwd: dir, stages: cache });
    expect(cache.last).toEqual({ read: 8, parsed: 7 });

    const again = await loadBook({ cwd: dir, stages: cache });
    expect(cache.last).toEqual({ read: 0, parsed: 0 });
    expect(again.diagnostics).toEqual(first.diagnostics);
    expect(again.book.initiatives.map((i) => i.id)).toEqual(first.book.initiatives.map((i) => i.id));

    const file = path.join(dir, PORTAL);
    await writeFile(file, (await readFile(file, 'utf8')).replace('opd: diskominfo', 'opd: diskominfoo'));
    cache.invalidate([file]);
    const edited = await loadBook({ cwd: dir, stages: cache });
    expect(cache.last).toEqual({ read: 1, parsed: 1 });
    const fresh = await loadBook({ cwd: dir });
    expect(edited.diagnostics).toEqual(fresh.diagnostics);
    expect(edited.errors).toBe(1);

    await rm(file);
    const removed = await loadBook({ cwd: dir, stages: cache });
    expect(cache.last).toEqual({ read: 0, parsed: 0 });
    expect(removed.book.initiatives).toHaveLength(6);
    expect(removed.errors).toBe(0);
  });

  it('replays parse problems from the cache and re-checks every file against a changed book.yml without parsing it again', async () => {
    await writeFile(path.join(dir, 'content/initiatives/smart-living/rusak.md'), '---\ntitle: [tidak tertutup\n---\n');
    const cache = createStageCache();
    const first = await loadBook({ cwd: dir, stages: cache });
    const again = await loadBook({ cwd: dir, stages: cache });
    expect(again.diagnostics).toEqual(first.diagnostics);
    expect(again.diagnostics.some((d) => d.rule === 'yaml-syntax')).toBe(true);

    const book = path.join(dir, 'content/book.yml');
    await writeFile(book, `${await readFile(book, 'utf8')}locale: en\n`);
    cache.invalidate([book]);
    const english = await loadBook({ cwd: dir, stages: cache });
    // Parsing does not depend on book.yml; the rules run again on every load.
    expect(cache.last.parsed).toBe(0);
    expect(english.diagnostics).toEqual((await loadBook({ cwd: dir })).diagnostics);
    expect(english.diagnostics.find((d) => d.rule === 'yaml-syntax')?.message).toMatch(/^The YAML cannot be read/);
  });
});
