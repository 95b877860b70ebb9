import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildStamp } from '../../cache/context.ts';
import { readSealed, writeSealed, type CacheFolder } from '../../cache/sealed-file.ts';
import type { FontkitFont, ShapedRun } from './pdfkit-internals.ts';

/** Bumped when what an entry holds changes shape. */
const FORMAT = 2;

/** Store keys of tokens shaped as pdfkit shapes them (default features), apart from words shaped by `shapeWords`. */
export const AS_PDFKIT = '\u0001';

/** Words a store keeps: past this, only the words of the last run are written. */
const MAX_WORDS = 150_000;

/**
 * One glyph of a shaped word: its id and advance (font units), its x/y advance, x/y offset
 * and advance as the run holds them (1/1000 em), then its characters.
 */
export type StoredGlyph = number[];

const isCodePoint = (n: number): boolean => Number.isInteger(n) && n >= 0 && n <= 0x10ffff;

/** A stored glyph that this font can draw: a glyph id it has, finite metrics, real characters. */
const isGlyph = (g: unknown, glyphCount: number): g is StoredGlyph =>
  Array.isArray(g) &&
  g.length >= 7 &&
  g.every((n, i) => typeof n === 'number' && (i < 7 ? Number.isFinite(n) : isCodePoint(n))) &&
  Number.isInteger(g[0]) &&
  g[0] >= 0 &&
  g[0] < glyphCount;

/**
 * Shaped words of one face kept between builds in the content cache's folder, beside the
 * content cache: fontkit's OpenType shaping is a fifth of a build, and a book's words
 * change little between builds. Keyed by the font file's bytes and masterplan's version;
 * a damaged or foreign file is ignored and written afresh. What comes back is exactly
 * the run a shaping made (the same numbers, the glyph's own characters), so a PDF is the
 * same byte for byte with and without the store.
 */
export class ShapeStore {
  private stored: Record<string, StoredGlyph[]>;
  private readonly used = new Set<string>();

  private constructor(
    private readonly file: string,
    private readonly key: string,
    private readonly glyphCount: number,
    stored: Record<string, StoredGlyph[]> | undefined,
  ) {
    this.stored = stored ?? Object.create(null);
  }

  /** Open the store of the face in `fontFile` inside `dir` (nothing is read until asked). */
  static open(cache: CacheFolder, fontFile: string, font: FontkitFont & { numGlyphs: number }): ShapeStore {
    const bytes = readFileSync(fontFile);
    const key = createHash('sha256').update(bytes).update('\0').update(`shapes\0${FORMAT}\0${cache.version}\0${buildStamp()}`).digest('hex');
    const file = path.join(cache.dir, `shaped-${path.basename(fontFile).replace(/\.[^.]+$/, '')}.json`);
    return new ShapeStore(file, key, font.numGlyphs, readSealed(file, key) as Record<string, StoredGlyph[]> | undefined);
  }

  /** A word shaped in an earlier build, as its run was then, or undefined. */
  recall(word: string): ShapedRun | undefined {
    const entry = this.stored[word];
    if (!entry || !Array.isArray(entry) || !entry.every((g) => isGlyph(g, this.glyphCount))) return undefined;
    let advanceWidth = 0;
    const positions = entry.map(([, , xAdvance, yAdvance, xOffset, yOffset, advance]) => {
      advanceWidth += xAdvance!;
      return { xAdvance: xAdvance!, yAdvance: yAdvance!, xOffset: xOffset!, yOffset: yOffset!, advanceWidth: advance! };
    });
    return { glyphs: entry.map(([id, glyphAdvance, , , , , , ...codePoints]) => ({ id: id!, advanceWidth: glyphAdvance!, codePoints })), positions, advanceWidth };
  }

  /** Note that this document uses `word` (it is written next time, stored or not). */
  use(word: string): void {
    this.used.add(word);
  }

  /**
   * Write the store when this document used words it did not hold, atomically, taking their
   * shapes from `shaped` (the face's shaped words). A failure only costs the next build time.
   */
  save(shaped: Readonly<Record<string, ShapedRun>>): void {
    // Tokens shaped as pdfkit shapes them are kept under a prefix, their runs under the token itself.
    const runOf = (word: string) => {
      const run = shaped[word.startsWith(AS_PDFKIT) ? word.slice(AS_PDFKIT.length) : word];
      return run && storedGlyphs(run);
    };
    const fresh = [...this.used].filter((word) => !(word in this.stored) && shaped[word.startsWith(AS_PDFKIT) ? word.slice(AS_PDFKIT.length) : word]);
    if (fresh.length === 0) return;
    const all: Record<string, StoredGlyph[]> = Object.create(null);
    const whole = Object.keys(this.stored).length + fresh.length <= MAX_WORDS;
    for (const [word, entry] of Object.entries(this.stored)) if (whole || this.used.has(word)) all[word] = entry;
    for (const word of fresh) all[word] = runOf(word)!;
    if (writeSealed(this.file, this.key, all)) this.stored = all;
  }
}

/** A shaped word's glyphs as the store keeps them (made only when the store is written). */
function storedGlyphs(run: ShapedRun): StoredGlyph[] {
  return run.glyphs.map((g, i) => {
    const p = run.positions[i]!;
    return [g.id, g.advanceWidth, p.xAdvance, p.yAdvance, p.xOffset, p.yOffset, p.advanceWidth, ...g.codePoints];
  });
}
