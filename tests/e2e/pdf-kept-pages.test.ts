import { describe, expect, it } from 'vitest';
import { loadBook } from '../../src/app/load-book.ts';
import type { LaidPage } from '../../src/render/pdf/flow/page.ts';
import { renderPdf } from '../../src/render/pdf/index.ts';
import { KeptPages } from '../../src/render/pdf/paint/kept-pages.ts';
import { EPOCH } from '../helpers/pdf.ts';

const page = (index: number) => ({ index }) as unknown as LaidPage;

describe('a short book is laid out once, a long one twice, and both print the same bytes', () => {
  it('keeps pages up to the limit, and none once the book is longer', () => {
    const short = new KeptPages(3);
    [0, 1, 2].forEach((i) => short.add(page(i)));
    expect(short.take()?.map((p) => p.index)).toEqual([0, 1, 2]);
    expect(short.take()).toBeUndefined();
    const long = new KeptPages(3);
    [0, 1, 2, 3, 4].forEach((i) => long.add(page(i)));
    expect(long.take()).toBeUndefined();
  });

  it('the example book painted from its first layout equals the book laid out again page by page', async () => {
    const { book } = await loadBook({ cwd: process.cwd(), content: 'content' });
    const once = await renderPdf(book, { sourceDateEpoch: EPOCH });
    const twice = await renderPdf(book, { sourceDateEpoch: EPOCH, keepPages: 0 });
    expect(once.length).toBeGreaterThan(100_000);
    expect(once.equals(twice)).toBe(true);
  }, 120_000);
});
