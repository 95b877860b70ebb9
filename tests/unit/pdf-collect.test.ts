import { describe, expect, it } from 'vitest';
import { collect, createDocument } from '../../src/render/pdf/paint/document.ts';
import type { Doc } from '../../src/render/pdf/pdfkit-internals.ts';
import type { Geometry } from '../../src/render/pdf/theme.ts';

const g: Geometry = { width: 300, height: 400, top: 50, bottom: 350, inner: 40, outer: 40, measure: 220 };
const INFO = { title: 'Uji', author: 'Kota Uji', subject: 'Uji', keywords: ['uji'], lang: 'id-ID' };

/** Many pages drawn without yielding, as the book's layout draws them. */
function draw(doc: Doc, pages: number, during?: () => void): void {
  for (let i = 0; i < pages; i++) {
    doc.addPage({ size: [g.width, g.height] });
    doc.text(`Halaman ${i + 1}: ${'kata '.repeat(40)}`, 40, 50);
    during?.();
  }
  doc.end();
}

/** The bytes as pdfkit's stream hands them out, once the event loop turns. */
function streamed(doc: Doc): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

describe('collecting the PDF as it is written', () => {
  it('takes every chunk at once, so nothing waits in the stream while pages are drawn without yielding', async () => {
    const doc = createDocument(INFO, g, 1);
    const slabs = collect(doc);
    const waiting: number[] = [];
    draw(doc, 200, () => waiting.push(doc.readableLength));
    expect(Math.max(...waiting)).toBe(0);
    const bytes = Buffer.concat(await slabs);
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    expect(bytes.subarray(-6).toString('latin1')).toBe('%%EOF\n');
  });

  it('gives the very bytes pdfkit streams out', async () => {
    const a = createDocument(INFO, g, 1);
    const slabs = collect(a);
    draw(a, 200);
    const b = createDocument(INFO, g, 1);
    const whole = streamed(b);
    draw(b, 200);
    expect(Buffer.concat(await slabs).equals(await whole)).toBe(true);
  });
});
