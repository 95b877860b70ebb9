import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { loadBook } from '../../src/app/load-book.ts';
import { renderPdf } from '../../src/render/pdf/index.ts';
import { ROOT } from '../helpers/cli.ts';

/**
 * Full collections (the flag set, then `gc` taken from a fresh context, where it exists),
 * a turn of the event loop apart: what native handles held weakly goes in the second.
 */
async function collectGarbage(): Promise<void> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  for (let n = 0; n < 3; n++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('a PDF once made', () => {
  it('lets its document go: the HTML page made after it (a national book) does not carry the PDF\'s pages', async () => {
    const book = (await loadBook({ cwd: ROOT, content: 'content' })).book;
    const made: WeakRef<object>[] = [];
    const end = PDFDocument.prototype.end;
    PDFDocument.prototype.end = function (this: PDFKit.PDFDocument) {
      made.push(new WeakRef(this));
      return end.call(this);
    };
    try {
      // Twice: the first document was the one kept, by the patches made while writing it.
      for (let n = 0; n < 2; n++) expect((await renderPdf(book, { sourceDateEpoch: 1700000000 })).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    } finally {
      PDFDocument.prototype.end = end;
    }
    expect(made).toHaveLength(2);
    await collectGarbage();
    expect(made.map((ref) => ref.deref() === undefined)).toEqual([true, true]);
  });
});
