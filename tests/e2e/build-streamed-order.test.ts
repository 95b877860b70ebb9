import { describe, expect, it } from 'vitest';
import { loadBook } from '../../src/app/load-book.ts';
import { renderEditions } from '../../src/app/editions.ts';
import { renderPdf } from '../../src/render/pdf/index.ts';
import { renderHtml } from '../../src/render/html/index.ts';
import { EPOCH, ROOT } from '../helpers/pdf.ts';

const SILENT = { step() {}, count() {}, done() {} };

async function bytesOf(data: unknown): Promise<Buffer> {
  if (typeof data === 'string') return Buffer.from(data);
  if (Buffer.isBuffer(data)) return data;
  const parts: Buffer[] = [];
  for await (const chunk of data as AsyncIterable<string | Buffer>) parts.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(parts);
}

describe('a streamed build (`build`)', () => {
  it('hands over the PDF, made first, before the HTML page is made, and lets each slab go once written', async () => {
    const { book } = await loadBook({ cwd: ROOT });
    const rendered = await renderEditions(book, new Set(['pdf', 'html']), { lang: 'id', progress: SILENT, streamed: true, sourceDateEpoch: EPOCH });
    const files = [...(rendered.files as Iterable<{ name: string; data: unknown }>)].slice(0, 1);
    expect(files.map((f) => f.name)).toEqual(['buku-satu.pdf']);
    const slabs = files[0]!.data as Iterable<Buffer>;
    const pdf = await bytesOf(slabs);
    // Read once, the slabs are gone: nothing holds the written PDF while the page is made.
    expect([...slabs]).toEqual([]);
    const { book: fresh } = await loadBook({ cwd: ROOT });
    expect(pdf.equals(await renderPdf(fresh, { sourceDateEpoch: EPOCH }))).toBe(true);
  });

  it('writes the same page as a build that is not streamed', async () => {
    const { book } = await loadBook({ cwd: ROOT });
    const rendered = await renderEditions(book, new Set(['html']), { lang: 'id', progress: SILENT, streamed: true });
    const [page] = [...(rendered.files as Iterable<{ name: string; data: unknown }>)];
    const { book: fresh } = await loadBook({ cwd: ROOT });
    expect((await bytesOf(page!.data)).toString()).toBe((await renderHtml(fresh, 'satu')).html);
  });
});
