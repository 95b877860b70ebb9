import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBook } from '../../src/load-book.ts';
import type { Book } from '../../src/book.ts';
import { ROOT, runCli, SMALL_BOOK_YML, tempDir, writeProject } from '../helpers/cli.ts';

/** Text of every page, and whether every font the PDF uses is embedded. */
async function readPdf(file: string): Promise<{ pages: string[]; fonts: { name: string; embedded: boolean }[] }> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  const fonts = new Map<string, boolean>();
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
    const ops = await page.getOperatorList();
    for (let i = 0; i < ops.fnArray.length; i++) {
      if (ops.fnArray[i] !== OPS.setFont) continue;
      const ref = (ops.argsArray[i] as [string])[0];
      const font = page.commonObjs.get(ref) as { name: string; missingFile: boolean };
      fonts.set(font.name, !font.missingFile);
    }
  }
  await doc.destroy();
  return { pages, fonts: [...fonts].map(([name, embedded]) => ({ name, embedded })) };
}

const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('masterplan build on the example book', () => {
  let out: string;
  let book: Book;
  let pdf: Awaited<ReturnType<typeof readPdf>>;
  let html: string;

  beforeAll(async () => {
    out = await tempDir('masterplan-build-');
    const result = await runCli(['build', '--out', out], ROOT, { SOURCE_DATE_EPOCH: '1564444800' });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('buku-satu.pdf');
    book = (await loadBook({ cwd: ROOT })).book;
    pdf = await readPdf(path.join(out, 'buku-satu.pdf'));
    html = readFileSync(path.join(out, 'buku-satu.html'), 'utf8');
  }, 180_000);

  it('writes both editions and leaves no temporary files', () => {
    const files = readdirSync(out, { recursive: true, encoding: 'utf8' });
    expect(files).toContain('buku-satu.pdf');
    expect(files).toContain('buku-satu.html');
    expect(files.filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('prints every initiative title and its OPD full name in the PDF', () => {
    const text = squash(pdf.pages.join(' '));
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
