import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { initiative, runCli, SMALL_BOOK_YML, tempDir, writeProject } from '../helpers/cli.ts';
import { renderProject } from '../helpers/pdf.ts';

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1], m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3], m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5]];

/** The box each image covers on the page (width and height in points), following every save, restore and transform. */
async function drawnBoxes(buffer: Buffer): Promise<{ width: number; height: number }[]> {
  const doc = await getDocument({ data: new Uint8Array(buffer), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const boxes: { width: number; height: number }[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const ops = await (await doc.getPage(n)).getOperatorList();
    let ctm: Matrix = [1, 0, 0, 1, 0, 0];
    const stack: Matrix[] = [];
    ops.fnArray.forEach((fn, i) => {
      if (fn === OPS.save) stack.push(ctm);
      else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
      else if (fn === OPS.transform) ctm = multiply(ctm, ops.argsArray[i] as Matrix);
      else if (fn === OPS.paintImageXObject) {
        const xs = [0, 1].flatMap((u) => [0, 1].map((v) => ctm[0] * u + ctm[2] * v));
        const ys = [0, 1].flatMap((u) => [0, 1].map((v) => ctm[1] * u + ctm[3] * v));
        boxes.push({ width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) });
      }
    });
  }
  return boxes;
}

describe('a phone photo stored sideways (EXIF orientation 6)', () => {
  it('is printed upright in a box of the turned size, not squeezed into the stored one', async () => {
    const photo = await readFile(path.resolve(import.meta.dirname, '../fixtures/pdf/rotated/foto-hp.jpg'));
    const dir = await writeProject(await tempDir('masterplan-exif-'), {
      'content/book.yml': `${SMALL_BOOK_YML}rules:\n  severity: { no-quick-win: off }\n`,
      'content/assets/foto-hp.jpg': photo,
      'content/initiatives/a.md': initiative('A', '', '## Latar Belakang\n\n![Foto dari ponsel](../assets/foto-hp.jpg)\n\n## Tujuan\n\nTeks.\n'),
    });
    const { pdf } = await renderProject(dir);
    const [box] = (await drawnBoxes(pdf)).filter((b) => b.width > 100);
    // Stored 400 × 600 px, shown 600 × 400 px: at 96 px per inch, 450 × 300 pt.
    expect(box!.width).toBeCloseTo(450, 0);
    expect(box!.height).toBeCloseTo(300, 0);
  });
});

/** A PNG of `width` × `height` grey pixels, its data stream optionally damaged (with CRCs kept right). */
function png(width: number, height: number, damage = false): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 0;
  const rows = Math.min(height, 64);
  const data = deflateSync(Buffer.alloc(rows * (width + 1), 0x80));
  if (damage) data.fill(0x55, 2, data.length - 4);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', data), chunk('IEND', Buffer.alloc(0))]);
}

describe('images are read through before they are accepted', () => {
  it('a damaged PNG data stream, a canvas past 40 megapixels and a damaged JPEG are image-format errors at their lines, and build refuses without a trace', async () => {
    const photo = await readFile(path.resolve(import.meta.dirname, '../fixtures/pdf/markdown/content/assets/photo.jpg'));
    const damagedJpeg = Buffer.from(photo);
    damagedJpeg.fill(0x00, 200, 260);
    const dir = await writeProject(await tempDir('masterplan-images-'), {
      'content/book.yml': `${SMALL_BOOK_YML}rules:\n  severity: { no-quick-win: off }\n`,
      'content/assets/utuh.png': png(64, 64),
      'content/assets/rusak.png': png(64, 64, true),
      'content/assets/raksasa.png': png(30000, 30000),
      'content/assets/rusak.jpg': damagedJpeg,
      'content/initiatives/a.md': initiative('A', '', '## Latar Belakang\n\n![Utuh](../assets/utuh.png)\n\n![Rusak](../assets/rusak.png)\n\n![Raksasa](../assets/raksasa.png)\n\n![Foto](../assets/rusak.jpg)\n\n## Tujuan\n\nTeks.\n'),
    });
    const started = Date.now();
    const result = await runCli(['check', '--format', 'json'], dir);
    // Far above the normal time, so a loaded machine passes; decoding the 900-megapixel canvas would take minutes.
    expect(Date.now() - started).toBeLessThan(20_000);
    // The small sound picture beside them only prints soft (image-resolution): not what this test is about.
    const found = (JSON.parse(result.stdout) as { diagnostics: { line: number; rule: string; message: string }[] }).diagnostics.filter((d) => d.rule !== 'image-resolution');
    expect(found.map((d) => `${d.line} ${d.rule}`)).toEqual(['10 image-format', '12 image-format', '14 image-format']);
    expect(found[1]!.message).toBe('Gambar `../assets/raksasa.png` berukuran 30000 × 30000 piksel (900 megapiksel), melebihi batas 40 megapiksel. Perkecil gambarnya (lebar 3000 piksel sudah cukup untuk dicetak selebar halaman).');
    expect(found[0]!.message).toContain('rusak atau terpotong');
    const build = await runCli(['build', '--out', 'dist'], dir);
    expect(build.code).toBe(1);
    expect(build.stderr).not.toMatch(/internal|internal|at .*\.js:\d+/i);
  });
});

describe('a long edition on the cover', () => {
  it('wraps above the place and date instead of printing on top of them', async () => {
    const dir = await writeProject(await tempDir('masterplan-edition-'), {
      'content/book.yml': `${SMALL_BOOK_YML}place: Contoh\ndate: 2019-07-30\nedition: Konsep Ketiga Hasil Pembahasan Bimbingan Teknis Tahap Kedua bersama Kementerian Komunikasi dan Informatika serta Seluruh OPD\nrules:\n  severity: { no-quick-win: off }\n`,
      'content/initiatives/a.md': initiative('A'),
    });
    const { pdf } = await renderProject(dir);
    const { readPdf } = await import('../helpers/pdf.ts');
    const cover = (await readPdf(pdf)).items[0]!.filter((i) => !i.rotated && i.str.trim() !== '');
    const edition = cover.filter((i) => /Konsep|Kementerian|OPD/.test(i.str));
    const placeDate = cover.find((i) => i.str.includes('Contoh, Juli 2019'))!;
    expect(edition.length).toBeGreaterThanOrEqual(2);
    expect(placeDate).toBeDefined();
    // PDF y grows upwards: every edition line sits above the place line, a line apart.
    for (const line of edition) expect(line.y - placeDate.y).toBeGreaterThanOrEqual(placeDate.size);
    const pageWidth = (await readPdf(pdf)).size[0];
    for (const line of edition) expect(line.x).toBeGreaterThan(0);
    expect(Math.max(...edition.map((i) => i.x))).toBeLessThan(pageWidth);
  });
});
