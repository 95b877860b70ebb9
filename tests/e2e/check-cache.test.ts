import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBook } from '../../src/app/load-book.ts';
import { parse } from 'yaml';
import { ROOT, runCli } from '../helpers/cli.ts';
import { removeScratch, scratch } from '../helpers/git-book.ts';
import { copyExampleBook, writeFiles } from '../helpers/git-repo.ts';

afterAll(removeScratch);

/** Problems of every kind a file can have on its own and across files, so replayed diagnostics are really compared. */
const PLANTED = {
  'content/initiatives/smart-governance/rusak.md': `---
title: Inisiatif Rusak
dimension: smart-governance
opd: dinas-yang-tidak-ada
start_year: 2031
---
## Latar Belakang

Lihat [tautan](#tidak-ada-di-buku).

### Terlalu dalam
`,
  // A file with an image is checked every time; its problems count the same.
  'content/initiatives/smart-living/bergambar.md': `---
title: Inisiatif Bergambar
dimension: smart-living
opd: diskominfo
---
## Latar Belakang

![](gambar-hilang.png)

## Tujuan

Teks.
`,
  'content/initiatives/smart-economy/tanjak-kembar.md': `---
title: Tanjak Kembar
id: tanjak
dimension: smart-economy
opd: diskominfo
---
## Latar Belakang

Teks.
`,
};

/** The example book with planted problems, in a project folder without node_modules. */
async function book(prefix: string): Promise<string> {
  const dir = await scratch(prefix);
  await copyExampleBook(dir);
  await writeFiles(dir, PLANTED);
  return dir;
}

const DEFAULT_CACHE = (dir: string) => path.join(dir, '.cache', 'masterplan');

/** The one cache file in a cache folder. */
function cacheFileIn(dir: string): string {
  const files = readdirSync(dir).filter((f) => f.startsWith('content-') && f.endsWith('.json'));
  expect(files).toHaveLength(1);
  return path.join(dir, files[0]!);
}

describe('the content cache of check', () => {
  it('gives the same diagnostics, in every format, without it, on its first run and when it is warm', async () => {
    const dir = await book('masterplan-cache-same-');
    for (const format of ['stylish', 'json', 'sarif']) {
      const uncached = await runCli(['check', '--format', format, '--no-cache'], dir);
      expect(uncached.code).toBe(1);
      // Without a cache (each format's first run makes it afresh).
      await rm(path.join(dir, '.cache'), { recursive: true, force: true });
      const first = await runCli(['check', '--format', format], dir);
      const warm = await runCli(['check', '--format', format], dir);
      expect(first).toEqual(uncached);
      expect(warm).toEqual(uncached);
    }
    const json = JSON.parse((await runCli(['check', '--format', 'json'], dir)).stdout) as { diagnostics: { rule: string }[] };
    expect([...new Set(json.diagnostics.map((d) => d.rule))].sort()).toEqual(['duplicate-id', 'empty-section', 'image-alt', 'image-missing', 'link-unresolved', 'opd-unknown', 'required-section', 'year-outside-period']);
    expect(existsSync(cacheFileIn(DEFAULT_CACHE(dir)))).toBe(true);
  });

  it('takes unchanged files from the cache: editing one file checks that file again, editing book.yml checks all', async () => {
    const dir = await book('masterplan-cache-edit-');
    const cache = { dir: DEFAULT_CACHE(dir) };
    const cold = await loadBook({ cwd: dir, cache });
    expect(cold.cache).toMatchObject({ recalled: 0 });
    const keepable = cold.cache!.checked;
    // Files with images are checked every time (an image may change on its own): the rest are kept.
    expect(keepable).toBeGreaterThan(40);
    const warm = await loadBook({ cwd: dir, cache });
    expect(warm.cache).toEqual({ recalled: keepable, checked: 0 });
    expect(warm.diagnostics).toEqual(cold.diagnostics);

    const edited = path.join(dir, 'content/initiatives/smart-economy/tanjak-kembar.md');
    const before = await readFile(edited, 'utf8');
    await writeFile(edited, before.replace(/^opd: .*$/m, 'opd: dinas-baru'));
    const afterEdit = await loadBook({ cwd: dir, cache });
    expect(afterEdit.cache).toEqual({ recalled: keepable - 1, checked: 1 });
    expect(afterEdit.diagnostics).toEqual((await loadBook({ cwd: dir })).diagnostics);
    expect(afterEdit.diagnostics.some((d) => d.file.endsWith('tanjak-kembar.md') && d.rule === 'opd-unknown')).toBe(true);

    await writeFile(path.join(dir, 'content/book.yml'), `${await readFile(path.join(dir, 'content/book.yml'), 'utf8')}\n# diubah\n`);
    const afterBook = await loadBook({ cwd: dir, cache });
    expect(afterBook.cache).toEqual({ recalled: 0, checked: keepable });

    // A check keeps no bodies (it needs only their links): a build after it checks those files again.
    await writeFile(edited, before);
    const checked = await loadBook({ cwd: dir, cache: { ...cache, linksOnly: true } });
    expect(checked.cache).toEqual({ recalled: keepable - 1, checked: 1 });
    expect(checked.diagnostics).toEqual(cold.diagnostics);
    expect((await loadBook({ cwd: dir, cache })).cache).toEqual({ recalled: keepable - 1, checked: 1 });
    expect((await loadBook({ cwd: dir, cache: { ...cache, linksOnly: true } })).cache).toEqual({ recalled: keepable, checked: 0 });
  });

  it('keeps what book.yml showed too, but looks at its logo every time', async () => {
    const dir = await book('masterplan-cache-bookyml-');
    const bookYml = path.join(dir, 'content/book.yml');
    await writeFile(bookYml, `${await readFile(bookYml, 'utf8')}\nwarna: merah\n`);
    const uncached = await runCli(['check', '--format', 'json', '--no-cache'], dir);
    const rulesOf = (stdout: string) => (JSON.parse(stdout) as { diagnostics: { file: string; rule: string }[] }).diagnostics.filter((d) => d.file.endsWith('book.yml')).map((d) => d.rule);
    expect(rulesOf(uncached.stdout)).toEqual(['unknown-key']);
    expect(await runCli(['check', '--format', 'json'], dir)).toEqual(uncached);
    const cached = await readFile(cacheFileIn(DEFAULT_CACHE(dir)), 'utf8');
    expect(cached).toContain('"settings":{');
    expect(await runCli(['check', '--format', 'json'], dir)).toEqual(uncached);
    // The logo's file changes on its own: the cached book.yml still has it checked.
    await writeFile(path.join(dir, 'content/assets/logo.png'), 'bukan gambar');
    const broken = await runCli(['check', '--format', 'json', '--no-cache'], dir);
    expect(rulesOf(broken.stdout)).toContain('unknown-key');
    expect(rulesOf(broken.stdout).length).toBe(2);
    expect(await runCli(['check', '--format', 'json'], dir)).toEqual(broken);
  });

  it('ignores and rewrites a damaged, truncated, tampered or foreign cache file', async () => {
    const dir = await book('masterplan-cache-damaged-');
    const uncached = await runCli(['check', '--format', 'json', '--no-cache'], dir);
    await runCli(['check'], dir);
    const file = cacheFileIn(DEFAULT_CACHE(dir));
    const good = await readFile(file, 'utf8');
    const [header, body] = [good.slice(0, good.indexOf('\n')), good.slice(good.indexOf('\n') + 1)];
    const damaged = {
      garbage: Buffer.from([0xff, 0x00, 0x13, 0x37, 0x0a, 0x7b]),
      truncated: good.slice(0, Math.floor(good.length / 2)),
      'wrong version': `${header.replace(/"schema":\d+/, '"schema":99')}\n${body}`,
      'other settings': `${header.replace(/"context":"[0-9a-f]+"/, `"context":"${'0'.repeat(64)}"`)}\n${body}`,
      // Valid JSON with its checksum: a diagnostic message changed by hand is not replayed.
      tampered: good.replace('dinas-yang-tidak-ada', 'dinas-yang-diubah'),
      foreign: '{"hello": "world"}',
      empty: '',
    };
    for (const [what, content] of Object.entries(damaged)) {
      await writeFile(file, content);
      const result = await runCli(['check', '--format', 'json'], dir);
      expect(result, what).toEqual(uncached);
      expect((await readFile(file, 'utf8')).split('\n')[0], what).toBe(header);
    }
  });

  it('writes nothing with --no-cache, and uses --cache-location when given', async () => {
    const dir = await book('masterplan-cache-where-');
    await runCli(['check', '--no-cache'], dir);
    // The planted errors refuse the book, but it is checked.
    expect((await runCli(['build', '--no-cache', '--format', 'html', '--out', 'dist'], dir)).code).toBe(1);
    expect(readdirSync(dir)).toEqual(['content']);
    const result = await runCli(['check', '--cache-location', 'tmp/cache-saya'], dir);
    expect(result.code).toBe(1);
    expect(existsSync(cacheFileIn(path.join(dir, 'tmp/cache-saya')))).toBe(true);
    expect(existsSync(path.join(dir, '.cache'))).toBe(false);
  });

  it('lives in node_modules/.cache/masterplan when the book project has node_modules', async () => {
    const dir = await book('masterplan-cache-modules-');
    await mkdir(path.join(dir, 'node_modules'));
    await runCli(['check'], dir);
    expect(existsSync(cacheFileIn(path.join(dir, 'node_modules', '.cache', 'masterplan')))).toBe(true);
    expect(existsSync(path.join(dir, '.cache'))).toBe(false);
  });

  it('a cache that cannot be written is a note, not an error: the result is the same', async () => {
    const dir = await book('masterplan-cache-unwritable-');
    const uncached = await runCli(['check', '--format', 'json', '--no-cache'], dir);
    // A file where the cache folder should be: the folder cannot be made.
    await writeFile(path.join(dir, 'bukan-folder'), 'x');
    const result = await runCli(['check', '--format', 'json', '--cache-location', 'bukan-folder/cache'], dir);
    expect(result.code).toBe(uncached.code);
    expect(result.stdout).toBe(uncached.stdout);
    expect(result.stderr).toContain('Catatan: cache tidak dapat ditulis (sebagian jalurnya adalah berkas); hasilnya tetap benar');
    expect(result.stderr).toContain('--no-cache');
  });
});

describe('the content cache of build', () => {
  it('builds the same PDF and HTML bytes without it, on its first run and when it is warm', async () => {
    const dir = await scratch('masterplan-cache-build-');
    await copyExampleBook(dir);
    const env = { SOURCE_DATE_EPOCH: '1564444800' };
    const outputs: Record<string, Buffer>[] = [];
    // Without a cache; after a check (whose entries hold no bodies, so the build parses again); warm.
    for (const [n, args] of [['--no-cache'], [], []].entries()) {
      if (n === 1) expect((await runCli(['check'], dir)).code).toBe(0);
      const out = `dist-${n}`;
      const result = await runCli(['build', '--out', out, ...args], dir, env);
      expect(result.code, result.stderr).toBe(0);
      outputs.push(Object.fromEntries(readdirSync(path.join(dir, out)).map((f) => [f, Buffer.alloc(0)])));
      for (const name of Object.keys(outputs[n]!)) outputs[n]![name] = await readFile(path.join(dir, out, name));
    }
    expect(Object.keys(outputs[0]!).sort()).toEqual(['buku-satu.html', 'buku-satu.pdf']);
    expect(outputs[1]).toEqual(outputs[0]);
    expect(outputs[2]).toEqual(outputs[0]);
    const warm = await loadBook({ cwd: dir, cache: { dir: DEFAULT_CACHE(dir) } });
    expect(warm.cache?.recalled).toBeGreaterThan(40);
    expect(warm.cache?.checked).toBe(0);
  }, 180_000);
});

describe('the shaped words and the articles a build keeps in the cache', () => {
  const BIN = path.join(ROOT, 'bin/masterplan.js');
  /** A build as a user starts it: a fresh process, which has shaped no word and rendered no article yet. */
  const build = async (dir: string, out: string, ...args: string[]) => {
    execFileSync(process.execPath, [BIN, 'build', '--out', out, ...args], { cwd: dir, env: { ...process.env, SOURCE_DATE_EPOCH: '1564444800' }, stdio: 'pipe' });
    return Buffer.concat([await readFile(path.join(dir, out, 'buku-satu.pdf')), await readFile(path.join(dir, out, 'buku-satu.html'))]);
  };

  it('give the same PDF and HTML bytes when recalled, when kept by another version of the book, and when damaged', async () => {
    const dir = await scratch('masterplan-cache-shapes-');
    await copyExampleBook(dir);
    const uncached = await build(dir, 'dist-none', '--no-cache');
    // Kept by a version of the book with a sentence more, then recalled for this one.
    const edited = path.join(dir, 'content/initiatives/smart-governance/siap.md');
    const original = await readFile(edited, 'utf8');
    await writeFile(edited, `${original}\nKalimat baru: persuratan elektronik diperluas ke kelurahan, sekolah, puskesmas dan Qwerty Zyxwvu.\n`);
    await build(dir, 'dist-edited');
    await writeFile(edited, original);
    const cache = DEFAULT_CACHE(dir);
    const store = path.join(cache, 'shaped-NotoSans_400Regular.json');
    const kept = await readFile(store, 'utf8');
    expect(kept).toContain('"Zyxwvu.":');
    expect(readdirSync(cache).filter((f) => f.startsWith('articles-'))).toHaveLength(1);
    // The logo (a PNG with an alpha channel) split into colour and alpha.
    const images = readdirSync(path.join(cache, 'images')).map((f) => path.join(cache, 'images', f));
    expect(images).toHaveLength(1);
    expect((await build(dir, 'dist-recalled')).equals(uncached)).toBe(true);
    const image = await readFile(images[0]!);
    await writeFile(images[0]!, Buffer.concat([image.subarray(0, 40), Buffer.from('rusak'), image.subarray(45)]));
    expect((await build(dir, 'dist-image-damaged')).equals(uncached)).toBe(true);
    for (const [what, content] of Object.entries({ truncated: kept.slice(0, kept.length / 2), 'glyph out of range': kept.replace(/\[\[(\d+),/, '[[99999,'), foreign: '{}\n{}' })) {
      await writeFile(store, content);
      expect((await build(dir, `dist-${what.replaceAll(' ', '-')}`)).equals(uncached), what).toBe(true);
    }
    // book.yml renames an OPD: every article naming it must change, kept or not.
    const bookYml = path.join(dir, 'content/book.yml');
    await writeFile(bookYml, (await readFile(bookYml, 'utf8')).replace(/(name: )Dinas Komunikasi dan Informatika/, '$1Dinas Kominfo dan Persandian'));
    const renamed = await build(dir, 'dist-renamed');
    expect(renamed.toString('latin1')).toContain('Dinas Kominfo dan Persandian');
    expect(renamed.equals(await build(dir, 'dist-renamed-none', '--no-cache'))).toBe(true);
  }, 300_000);
});

describe('the GitHub Action keeps the cache', () => {
  it('restores both default cache folders with actions/cache after npm ci, unless `cache` is false', async () => {
    const action = parse(await readFile(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default: string }>; runs: { steps: { name?: string; uses?: string; if?: string; with?: Record<string, string> }[] } };
    expect(action.inputs.cache?.default).toBe('true');
    const steps = action.runs.steps;
    const cache = steps.findIndex((s) => s.uses?.startsWith('actions/cache@'));
    expect(cache).toBeGreaterThan(steps.findIndex((s) => s.name === 'Pasang / Install'));
    expect(cache).toBeLessThan(steps.findIndex((s) => s.name === 'Periksa buku / Check the book'));
    expect(steps[cache]!.if).toBe("inputs.cache == 'true'");
    expect(steps[cache]!.with!.path!.split('\n').filter(Boolean)).toEqual(['${{ inputs.working-directory }}/node_modules/.cache/masterplan', '${{ inputs.working-directory }}/.cache/masterplan']);
  });

  it('the .gitignore that init writes lists the cache folder', async () => {
    expect((await readFile(path.join(ROOT, 'templates/scaffold/_gitignore'), 'utf8')).split('\n')).toContain('.cache/');
  });
});
