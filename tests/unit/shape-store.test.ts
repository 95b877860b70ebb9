import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FontkitFont, ShapedRun } from '../../src/render/pdf/pdfkit-internals.ts';
import { ShapeStore } from '../../src/render/pdf/shape-store.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

/** A face with ten glyphs; the store keys it by the bytes of its file. */
const FONT = { numGlyphs: 10 } as FontkitFont;
const FONT_FILE = path.resolve('package.json');
// "Ab": glyph 3 (A, kerned by -20) and glyph 4 (b), as a shaped run holds them.
const AB: ShapedRun = {
  glyphs: [
    { id: 3, advanceWidth: 600, codePoints: [65] },
    { id: 4, advanceWidth: 550, codePoints: [98] },
  ],
  positions: [
    { xAdvance: 580, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: 600 },
    { xAdvance: 550, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: 550 },
  ],
  advanceWidth: 1130,
};

async function savedStore(): Promise<{ dir: string; file: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'masterplan-shapes-'));
  dirs.push(dir);
  const store = ShapeStore.open({ dir, version: '1.0.0' }, FONT_FILE, FONT);
  store.use('Ab');
  store.save({ Ab: AB });
  return { dir, file: path.join(dir, 'shaped-package.json') };
}

describe('the store of shaped words', () => {
  it('gives back a word as it was kept: glyph ids, characters, advances and kerning', async () => {
    const { dir } = await savedStore();
    expect(ShapeStore.open({ dir, version: '1.0.0' }, FONT_FILE, FONT).recall('Ab')).toEqual(AB);
    expect(ShapeStore.open({ dir, version: '1.0.0' }, FONT_FILE, FONT).recall('Ac')).toBeUndefined();
  });

  it('trusts nothing of a file written for another font or version, or changed since', async () => {
    const { dir, file } = await savedStore();
    const good = await readFile(file, 'utf8');
    const [header, words] = [JSON.parse(good.slice(0, good.indexOf('\n'))) as Record<string, string>, good.slice(good.indexOf('\n') + 1)];
    const seal = (w: string, key = header.key!) => `${JSON.stringify({ ...header, key, sha1: createHash('sha1').update(w).digest('hex') })}\n${w}`;
    const cases = {
      'another font or version': seal(words, '0'.repeat(64)),
      'changed, checksum left': good.replace('[3,', '[5,'),
      // Resealed after tampering: each glyph is still checked against the font.
      'glyph the font lacks': seal(words.replace('[3,', '[10,')),
      'not a character': seal(words.replace(',65]', ',-1]')),
      'not a number': seal(words.replace('580', '"580"')),
      garbage: 'nonsense',
    };
    for (const [what, text] of Object.entries(cases)) {
      await writeFile(file, text);
      expect(ShapeStore.open({ dir, version: '1.0.0' }, FONT_FILE, FONT).recall('Ab'), what).toBeUndefined();
    }
    await writeFile(file, seal(words));
    expect(ShapeStore.open({ dir, version: '1.0.0' }, FONT_FILE, FONT).recall('Ab')?.glyphs).toHaveLength(2);
  });
});
