import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildStamp } from '../../cache/context.ts';
import { readSealed, writeSealed, type CacheFolder } from '../../cache/sealed-file.ts';
import type { FontkitFont, FontkitGlyph, GlyphPosition } from './pdfkit-internals.ts';

/** Bumped when what an entry holds changes shape. */
const FORMAT = 1;

/** Store keys of tokens shaped as pdfkit shapes them (default features), apart from words shaped by `shapeWords`. */
export const AS_PDFKIT = '\u0001';

/** Words a store keeps: past this, only the words of the last run are written. */
const MAX_WORDS = 150_000;

/** One glyph of a shaped word: id, advance width, x/y advance, x/y offset (font units), then its characters. */
export type StoredGlyph = number[];

/** A word as fontkit shaped it; each glyph a plain object of what pdfkit reads (id, advance, characters). */
export interface StoredShape {
  raw: StoredGlyph[];
  glyphs: FontkitGlyph[];
  positions: GlyphPosition[];
}

const isCodePoint = (n: number): boolean => Number.isInteger(n) && n >= 0 && n <= 0x10ffff;

/** A stored glyph that this font can draw: a glyph id it has, finite metrics, real characters. */
const isGlyph = (g: unknown, glyphCount: number): g is StoredGlyph =>
  Array.isArray(g) &&
  g.length >= 6 &&
  g.every((n, i) => typeof n === 'number' && (i < 6 ? Number.isFinite(n) : isCodePoint(n))) &&
  Number.isInteger(g[0]) &&
  g[0] >= 0 &&
  g[0] < glyphCount;

/**
 * Shaped words of one face kept between builds in the content cache's folder, beside the
 * content cache: fontkit's OpenType shaping is a fifth of a build, and a book's words
 * change little between builds. Keyed by the font file's bytes and masterplan's version;
 * a damaged or foreign file is ignored and written afresh. What comes back is exactly
 * what fontkit gave (font units, the glyph's own characters), so a PDF is the same byte
 * for byte with and without the store.
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

  /** A word shaped in an earlier build, as fontkit shaped it, or undefined. */
  recall(word: string): StoredShape | undefined {
    const entry = this.stored[word];
    if (!entry || !Array.isArray(entry) || !entry.every((g) => isGlyph(g, this.glyphCount))) return undefined;
    return { raw: entry, glyphs: entry.map(([id, advanceWidth, , , , , ...codePoints]) => ({ id: id!, advanceWidth: advanceWidth!, codePoints })), positions: entry.map(([, advanceWidth, xAdvance, yAdvance, xOffset, yOffset]) => ({ xAdvance: xAdvance!, yAdvance: yAdvance!, xOffset: xOffset!, yOffset: yOffset!, advanceWidth: advanceWidth! })) };
  }

  /** Note that this document uses `word` (it is written next time, stored or not). */
  use(word: string): void {
    this.used.add(word);
  }

  /**
   * Write the store when this document used words it did not hold, atomically, taking their
   * shapes from `shaped` (the face's shaped words). A failure only costs the next build time.
   */
  save(shaped: Readonly<Record<string, { raw?: StoredGlyph[] }>>): void {
    // Tokens shaped as pdfkit shapes them are kept under a prefix, their runs under the token itself.
    const runOf = (word: string) => shaped[word.startsWith(AS_PDFKIT) ? word.slice(AS_PDFKIT.length) : word]?.raw;
    const fresh = [...this.used].filter((word) => !(word in this.stored) && runOf(word));
    if (fresh.length === 0) return;
    const all: Record<string, StoredGlyph[]> = Object.create(null);
    const whole = Object.keys(this.stored).length + fresh.length <= MAX_WORDS;
    for (const [word, entry] of Object.entries(this.stored)) if (whole || this.used.has(word)) all[word] = entry;
    for (const word of fresh) all[word] = runOf(word)!;
    if (writeSealed(this.file, this.key, all)) this.stored = all;
  }
}

/** A word's glyphs as the store keeps them. */
export function storedGlyphs(glyphs: readonly FontkitGlyph[], positions: readonly GlyphPosition[]): StoredGlyph[] {
  return glyphs.map((g, i) => [g.id, g.advanceWidth, positions[i]!.xAdvance, positions[i]!.yAdvance, positions[i]!.xOffset, positions[i]!.yOffset, ...g.codePoints]);
}
