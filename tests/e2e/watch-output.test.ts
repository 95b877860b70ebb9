import { execFile } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import path from 'node:path';
import type { Root } from 'mdast';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadBook } from '../../src/app/load-book.ts';
import { renderEditions } from '../../src/app/editions.ts';
import { run } from '../../src/cli/main.ts';
import { memoryIo } from '../../src/io/io.ts';
import { progress } from '../../src/io/progress.ts';
import { parse } from '../../src/pipeline/parse.ts';
import { layoutMemo } from '../../src/render/pdf/book/initiative-memo.ts';
import { pageMemo } from '../../src/render/pdf/paint/page-memo.ts';
import { copyFixture, ROOT } from '../helpers/cli.ts';
import { readPdf, squash } from '../helpers/pdf.ts';

// Watch keeps parsed trees, shaped words, set lines and more between rebuilds: what it
// writes after an edit must still be exactly what `build` writes for the same content.
const EXAMPLE = path.join(ROOT, 'content');
const KOTA_LAMA = 'content/initiatives/smart-branding/kawasan-kota-lama.md';
const ENV = { SOURCE_DATE_EPOCH: '1564444800' };
let dir: string;

beforeEach(async () => {
  dir = await copyFixture(EXAMPLE, 'masterplan-watch-output-');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function waitFor(what: string, probe: () => boolean, timeout = 90_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const updates = (err: string) => err.split('Buku diperbarui').length - 1;
const outputs = (out: string) => Promise.all(['buku-satu.pdf', 'buku-satu.html'].map((f) => readFile(path.join(dir, out, f))));

/** Edit a file of the book (the initiative unless named) and wait until watch has written the rebuilt book. */
async function edit(io: ReturnType<typeof memoryIo>, change: (text: string) => string, name = KOTA_LAMA): Promise<void> {
  const file = path.join(dir, name);
  await rewrite(io, file, Buffer.from(change(await readFile(file, 'utf8'))));
}

/** Write `file` and wait until watch has written the rebuilt book. */
async function rewrite(io: ReturnType<typeof memoryIo>, file: string, bytes: Buffer): Promise<void> {
  const before = updates(io.err());
  await writeFile(file, bytes);
  await waitFor('the rebuild', () => updates(io.err()) > before || io.err().includes('tidak diperbarui'));
  expect(io.err()).not.toContain('tidak diperbarui');
}

/** Stop the watch, build the same content in a fresh process, and expect the very same bytes. */
async function expectSameAsBuild(controller: AbortController, running: Promise<number>): Promise<[Buffer, Buffer]> {
  controller.abort();
  expect(await running).toBe(0);
  // build in a process of its own: in this one it would meet the caches watch filled.
  await buildElsewhere(['build', '--out', 'built']);
  const [watchedPdf, watchedHtml] = await outputs('watched');
  const [builtPdf, builtHtml] = await outputs('built');
  expect(watchedHtml!.equals(builtHtml!)).toBe(true);
  expect(watchedPdf!.equals(builtPdf!)).toBe(true);
  return [watchedPdf!, watchedHtml!];
}

/** Run the CLI from source in a fresh process. */
async function buildElsewhere(args: string[]): Promise<void> {
  const main = "import { run } from './src/cli/main.ts'; import { processIo } from './src/io/io.ts'; const io = processIo(); process.exitCode = await run(process.argv.slice(2), { ...io, cwd: process.argv[1] });";
  await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', main, dir, ...args], { cwd: ROOT, env: { ...process.env, ...ENV } });
}

/** `watch --out watched` in this process, once it watches. */
async function startWatch(): Promise<{ controller: AbortController; io: ReturnType<typeof memoryIo>; running: Promise<number> }> {
  const controller = new AbortController();
  const io = { ...memoryIo(dir, ENV), signal: controller.signal };
  const running = run(['watch', '--out', 'watched'], io);
  await waitFor('the watcher', () => io.err().includes('Memantau content/'));
  return { controller, io, running };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

describe('watch after an edit', () => {
  it('writes the same PDF and HTML bytes as build does for the same content', async () => {
    const { controller, io, running } = await startWatch();
    // A longer paragraph moves every later page; a new title changes contents and running heads,
    // and sorts first in its section, renumbering the unchanged initiative there.
    const paragraph = 'Koridor Kota Lama ditata ulang bersama warga, pedagang dan pemilik bangunan cagar budaya. '.repeat(12);
    await edit(io, (text) => text.replace('\n## ', `\n${paragraph}\n\n## `));
    await edit(io, (text) => text.replace('title: Penataan Wajah Kawasan Kota Lama', 'title: Koridor Bersejarah Kota Lama'));
    const [watchedPdf, watchedHtml] = await expectSameAsBuild(controller, running);
    expect(watchedHtml!.toString()).toContain('Koridor Bersejarah Kota Lama');
    expect(squash((await readPdf(watchedPdf!)).text.join(' '))).toContain(squash('Koridor Kota Lama ditata ulang bersama warga'));
  }, 240_000);

  it('writes what build writes after edits to the first chapter, a footnote, book.yml and an image, reusing the layouts nothing changed', async () => {
    const { controller, io, running } = await startWatch();
    const memo = layoutMemo()!;
    const recalled = memo.counts.recalled;
    // Each edit leaves most layouts as they were, and the last ones can only be right if
    // those kept from before were: build is compared once, at the end.
    // An agency's short name is printed in the facts of its initiatives.
    await edit(io, (text) => text.replace('short: Diskominfo', 'short: Kominfo'), 'content/book.yml');
    // A figure of another shape takes another height.
    await rewrite(io, path.join(dir, 'content/assets/alur-tanjak.png'), await readFile(path.join(dir, 'content/assets/logo.png')));
    // Every later page moves, and the contents page with them.
    await edit(io, (text) => `${text}\n\n${'Sambutan ini ditutup dengan harapan bagi seluruh warga kota. '.repeat(20)}\n`, 'content/front/01-sambutan.md');
    expect(memo.counts.recalled).toBeGreaterThan(recalled);
    // A footnote more renumbers the notes of the initiatives after this one in its chapter.
    await edit(io, (text) => text.replace('berkarya.[^raja-ali-haji]', 'berkarya.[^raja-ali-haji] Catatan baru.[^baru]').concat('\n[^baru]: Catatan kaki yang baru.\n'), 'content/initiatives/smart-branding/informasi-pulau-penyengat.md');
    const [watchedPdf] = await expectSameAsBuild(controller, running);
    const text = squash((await readPdf(watchedPdf)).text.join(' '));
    expect(text).toContain(squash('Catatan kaki yang baru.'));
    expect(text).toContain('Kominfo');
  }, 240_000);

  it('replays the pages an edit left as they were, and still writes what build writes', async () => {
    const { controller, io, running } = await startWatch();
    const pages = (await readPdf((await outputs('watched'))[0]!)).pageCount;
    const counts = pageMemo()!.counts;
    const before = { ...counts };
    // A word with a letter no page used yet: its glyph joins the font's subset midway, so
    // every later page's codes may differ and is drawn again, not replayed.
    await edit(io, (text) => text.replace('\n## ', '\nPapan nama ditulis dalam aksara Jawi dan Latin (Ω).\n\n## '));
    const replayed = counts.replayed - before.replayed;
    expect(replayed).toBeGreaterThan(0);
    expect(replayed + counts.drawn - before.drawn).toBe(pages);
    // A second edit of the same initiative: the pages of the initiatives around it are replayed
    // (those laid out anew each time, the front matter and the chapter openings, are drawn).
    await edit(io, (text) => text.replace('(Ω)', '(Ω), dua aksara'));
    expect(counts.replayed - before.replayed - replayed).toBeGreaterThan(pages / 4);
    await expectSameAsBuild(controller, running);
  }, 240_000);

  it('renders both editions without changing a parsed tree, so watch may hand out the same trees on every rebuild', async () => {
    const frozen = (file: Parameters<typeof parse>[0]) => {
      const parsed = parse(file);
      deepFreeze<Root>(parsed.body);
      return parsed;
    };
    const result = await loadBook({ cwd: dir, stages: { parse: frozen } });
    expect(result.errors).toBe(0);
    const rendered = await renderEditions(result.book, new Set(['pdf', 'html']), { lang: result.lang, progress: progress(memoryIo(dir).stderr, {}) });
    expect([...rendered.files].map((f) => f.name)).toContain('buku-satu.pdf');
  }, 120_000);
});
