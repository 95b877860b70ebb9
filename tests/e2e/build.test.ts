import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBook } from '../../src/app/load-book.ts';
import type { Book } from '../../src/model/book.ts';
import { ROOT, runCli, SMALL_BOOK_YML, tempDir, writeProject } from '../helpers/cli.ts';
import { readPdf, squash, type ReadPdf } from '../helpers/pdf.ts';
import { memoryIo } from '../../src/io/io.ts';
import { run } from '../../src/cli/main.ts';

describe('masterplan build on the example book', () => {
  let out: string;
  let book: Book;
  let pdf: ReadPdf;
  let html: string;

  beforeAll(async () => {
    out = await tempDir('masterplan-build-');
    const result = await runCli(['build', '--out', out], ROOT, { SOURCE_DATE_EPOCH: '1564444800' });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('buku-satu.pdf');
    book = (await loadBook({ cwd: ROOT })).book;
    pdf = await readPdf(readFileSync(path.join(out, 'buku-satu.pdf')));
    html = readFileSync(path.join(out, 'buku-satu.html'), 'utf8');
  }, 180_000);

  it('writes both editions and leaves no temporary files', () => {
    const files = readdirSync(out, { recursive: true, encoding: 'utf8' });
    expect(files).toContain('buku-satu.pdf');
    expect(files).toContain('buku-satu.html');
    expect(files.filter((f) => f.includes('.tmp-') || f.includes('.masterplan-staging'))).toEqual([]);
  });

  it('prints every initiative title and its OPD full name in the PDF', () => {
    const text = squash(pdf.text.join(' '));
    for (const initiative of book.initiatives) {
      expect(text, initiative.id).toContain(squash(initiative.title));
      expect(text, initiative.id).toContain(squash(initiative.opd.name));
    }
  });

  it('embeds every font', () => {
    expect(pdf.fonts.length).toBeGreaterThan(0);
    expect(pdf.fonts.filter((f) => !f.embedded)).toEqual([]);
  });

  it('gives every initiative an element with its id in the HTML', () => {
    for (const initiative of book.initiatives) expect(html, initiative.id).toMatch(new RegExp(`\\sid="${initiative.id}"`));
  });
});

describe('masterplan build refuses a book with errors', () => {
  it('exits 1 and writes nothing', async () => {
    const dir = await writeProject(await tempDir(), {
      'content/book.yml': SMALL_BOOK_YML,
      'content/initiatives/a.md': '---\ntitle: A\ndimension: smart goverment\nopd: diskominfo\n---\nTeks.\n',
    });
    const result = await runCli(['build'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('dimension-unknown');
    expect(result.stderr).toContain('Buku tidak dibangun');
    expect(existsSync(path.join(dir, 'dist'))).toBe(false);
  });
});

describe('masterplan build progress', () => {
  it('counts PDF pages on a terminal and stays quiet elsewhere', async () => {
    const dir = await writeProject(await tempDir(), {
      'content/book.yml': `${SMALL_BOOK_YML}rules:\n  severity: { no-quick-win: off }\n`,
      'content/initiatives/a.md': '---\ntitle: A\ndimension: smart-governance\nopd: diskominfo\n---\n## Latar Belakang\n\nTeks.\n',
    });
    const io = memoryIo(dir);
    const tty = { ...io, stderr: { ...io.stderr, isTTY: true } };
    expect(await run(['build', '--format', 'pdf'], tty)).toBe(0);
    const pages = /Menyusun PDF… (\d+)\/(\d+) halaman/g;
    const counts = [...io.err().matchAll(pages)];
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.at(-1)![1]).toBe(counts.at(-1)![2]);
    const quiet = await runCli(['build', '--format', 'pdf', '--out', 'dist2'], dir);
    expect(quiet.stderr).toBe('');
  });
});

describe('SOURCE_DATE_EPOCH', () => {
  it('that is not whole seconds in range is a usage error naming it and the fix, and nothing is written', async () => {
    for (const value of ['abc', '-1', '1e20', '99999999999999']) {
      const out = await tempDir('masterplan-epoch-');
      const result = await runCli(['build', '--out', out, '--format', 'html'], ROOT, { SOURCE_DATE_EPOCH: value });
      expect(result.code, value).toBe(2);
      expect(result.stderr).toContain(`SOURCE_DATE_EPOCH=${value} tidak sah`);
      expect(result.stderr).toContain('git log -1 --format=%ct');
      expect(readdirSync(out)).toEqual([]);
    }
    const watch = await runCli(['watch', '--format', 'html'], ROOT, { SOURCE_DATE_EPOCH: 'kemarin' });
    expect(watch.code).toBe(2);
    expect(watch.stderr).toContain('SOURCE_DATE_EPOCH=kemarin');
  });
});

describe('build --strict', () => {
  it('refused for warnings alone says warnings, not errors', async () => {
    const dir = await writeProject(await tempDir('masterplan-strict-'), {
      'content/book.yml': `${SMALL_BOOK_YML}rules:\n  severity: { opd-unknown: warning }\n`,
      'content/initiatives/smart-governance/portal.md': '---\ntitle: Portal\ndimension: smart-governance\nopd: dinas-entah\n---\n## Latar Belakang\n\nTeks.\n\n## Tujuan\n\nTeks.\n',
    });
    const result = await runCli(['build', '--strict', '--format', 'html'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Buku tidak dibangun karena ada \d+ peringatan dan `--strict`/);
    expect(result.stderr).not.toMatch(/\d+ kesalahan. Perbaiki/);
    expect(existsSync(path.join(dir, 'dist'))).toBe(false);
  });
});

describe('build --out that cannot hold the book', () => {
  it('is a usage error naming the path: a file, a folder inside the content, a path through a file', async () => {
    const dir = await writeProject(await tempDir('masterplan-out-'), {
      'content/book.yml': SMALL_BOOK_YML,
      'content/initiatives/smart-governance/portal.md': '---\ntitle: Portal\ndimension: smart-governance\nopd: diskominfo\n---\n## Latar Belakang\n\nTeks.\n\n## Tujuan\n\nTeks.\n',
      'berkas.txt': 'bukan folder\n',
    });
    const file = await runCli(['build', '--format', 'html', '--out', 'berkas.txt'], dir);
    expect(file.code).toBe(2);
    expect(file.stderr).toContain('`--out berkas.txt` adalah berkas, bukan folder');
    const inside = await runCli(['build', '--format', 'html', '--out', 'content/cetak'], dir);
    expect(inside.code).toBe(2);
    expect(inside.stderr).toContain('`--out content/cetak` berada di dalam folder konten');
    expect(existsSync(path.join(dir, 'content/cetak'))).toBe(false);
    const through = await runCli(['build', '--format', 'html', '--out', 'berkas.txt/buku'], dir);
    expect(through.code).toBe(2);
    expect(through.stderr).toContain('Tidak dapat menulis ke `berkas.txt/buku` (sebagian jalurnya adalah berkas)');
    for (const r of [file, inside, through]) expect(r.stderr).not.toContain('Kesalahan internal');
  });
});
