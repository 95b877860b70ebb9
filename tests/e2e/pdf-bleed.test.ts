import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { initiative, runCli, SMALL_BOOK_YML, tempDir, writeProject } from '../helpers/cli.ts';

const MM = 72 / 25.4;
const A4 = { width: 595.28, height: 841.89 };

/** Page boxes as pdfinfo reports them, per page. */
function boxes(file: string): { media: number[]; trim: number[]; bleed: number[] }[] {
  const out = execFileSync('pdfinfo', ['-box', '-f', '1', '-l', '9999', file], { encoding: 'utf8' });
  const pages = new Map<number, Record<string, number[]>>();
  for (const [, page, kind, numbers] of out.matchAll(/^Page\s+(\d+) (MediaBox|TrimBox|BleedBox):\s+([\d.\s]+)$/gm)) {
    const entry = pages.get(Number(page)) ?? {};
    entry[kind!] = numbers!.trim().split(/\s+/).map(Number);
    pages.set(Number(page), entry);
  }
  return [...pages.values()].map((p) => ({ media: p.MediaBox!, trim: p.TrimBox!, bleed: p.BleedBox! }));
}

/** The colour of one point (in PDF points from the top left of the sheet) of page 1, rendered at 72 dpi. */
function pixel(file: string, x: number, y: number): [number, number, number] {
  const ppm = execFileSync('pdftoppm', ['-r', '72', '-f', '1', '-l', '1', file], { maxBuffer: 64 * 1024 * 1024 });
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.toString('latin1', 0, 40))!;
  const width = Number(header[1]);
  const at = header[0].length + (Math.round(y) * width + Math.round(x)) * 3;
  return [ppm[at]!, ppm[at + 1]!, ppm[at + 2]!];
}

const white = (rgb: number[]) => rgb.every((c) => c > 245);

async function project(extra = ''): Promise<string> {
  return writeProject(await tempDir('masterplan-bleed-'), {
    'content/book.yml': `${SMALL_BOOK_YML}${extra}rules:\n  severity: { no-quick-win: off }\n`,
    'content/initiatives/a.md': initiative('A'),
  });
}

describe('print production', () => {
  it('--bleed 3: every page has TrimBox = the paper and BleedBox 3 mm larger, and the cover band reaches the BleedBox', async () => {
    const dir = await project();
    expect((await runCli(['build', '--format', 'pdf', '--bleed', '3', '--out', 'cetak'], dir)).code).toBe(0);
    const file = path.join(dir, 'cetak', 'buku-satu.pdf');
    const pages = boxes(file);
    expect(pages.length).toBeGreaterThan(4);
    for (const { trim, bleed, media } of pages) {
      expect(trim[2]! - trim[0]!).toBeCloseTo(A4.width, 1);
      expect(trim[3]! - trim[1]!).toBeCloseTo(A4.height, 1);
      for (const side of [0, 1]) expect(trim[side]! - bleed[side]!).toBeCloseTo(3 * MM, 1);
      for (const side of [2, 3]) expect(bleed[side]! - trim[side]!).toBeCloseTo(3 * MM, 1);
      // Room outside the bleed for the crop marks.
      expect(bleed[0]! - media[0]!).toBeGreaterThan(5 * MM);
    }
    const { bleed, media } = pages[0]!;
    const top = media[3]! - bleed[3]!;
    // Just inside the bleed's top left corner: the band's colour; just outside: the white sheet.
    expect(white(pixel(file, bleed[0]! + 1, top + 1))).toBe(false);
    expect(white(pixel(file, bleed[0]! - 2, top + 20))).toBe(true);
  });

  it('book.yml print.bleed does the same; without bleed nothing full-bleed comes within 5 mm of the edge', async () => {
    const withYml = await project('print: { bleed: 3 }\n');
    expect((await runCli(['build', '--format', 'pdf', '--out', 'cetak'], withYml)).code).toBe(0);
    expect(boxes(path.join(withYml, 'cetak', 'buku-satu.pdf'))[0]!.bleed[0]).toBeGreaterThan(0);

    const plain = await project();
    expect((await runCli(['build', '--format', 'pdf', '--out', 'kantor'], plain)).code).toBe(0);
    const file = path.join(plain, 'kantor', 'buku-satu.pdf');
    expect(boxes(file)[0]!.trim).toEqual([0, 0, 595.28, 841.89]);
    expect(white(pixel(file, 4 * MM, 4 * MM))).toBe(true);
    expect(white(pixel(file, 7 * MM, 7 * MM))).toBe(false);
    expect(white(pixel(file, A4.width - 4 * MM, 60))).toBe(true);
  });

  it('refuses a bleed that is not millimetres from 0 to 10', async () => {
    const dir = await project();
    const result = await runCli(['build', '--bleed', '3cm'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('`--bleed 3cm` tidak sah: tulis milimeter dari 0 sampai 10');
  });
});
