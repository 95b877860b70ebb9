import type { FontMetrics } from './text/metrics.ts';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fontObject, registerFont, type Doc, type FontkitFont, type PdfkitFont } from './pdfkit-internals.ts';
import { saveShapes, shapeWords, sharedLayoutCache, spaceWidth, useShapeStore } from './shape.ts';
import { ShapeStore } from './shape-store.ts';
import type { CacheFolder } from '../../cache/sealed-file.ts';
import type { FontKey, FontSource, Theme } from './theme.ts';

const require = createRequire(import.meta.url);

const FONT_KEYS: readonly FontKey[] = ['regular', 'bold', 'italic', 'boldItalic', 'mono'];

/**
 * Parsed fonts by file, shared by every render in this process. fontkit decodes its
 * OpenType tables lazily and slowly (about 0.1 s per face); a parsed font is read-only
 * to us, and each document still builds its own subset from it.
 */
const PARSED = new Map<string, FontkitFont>();

/** Texts a face keeps measured before its cache starts afresh (bounded memory in a long `watch`). */
const MAX_WIDTHS = 200_000;

/** Measured texts by parsed font, shared by every document like the shaped words they come from. */
const WIDTHS = new Map<FontkitFont, Map<string, number>>();

/** The width cache of a parsed font, started afresh once it holds more than MAX_WIDTHS texts. */
function sharedWidths(font: FontkitFont): Map<string, number> {
  let cache = WIDTHS.get(font);
  if (!cache || cache.size > MAX_WIDTHS) {
    cache = new Map();
    WIDTHS.set(font, cache);
  }
  return cache;
}

/** Where the build copies the faces the theme names (lib/fonts-ttf/), beside the compiled code. */
const SHIPPED = fileURLToPath(new URL('../../fonts-ttf/', import.meta.url));

/** Absolute path of a font file: the copy shipped with masterplan, else the npm package it comes from. */
export function fontPath(source: FontSource): string {
  const shipped = path.join(SHIPPED, path.basename(source.file));
  if (existsSync(shipped)) return shipped;
  const root = path.dirname(require.resolve(`${source.package}/package.json`));
  return path.join(root, source.file);
}

/** Five digits from the seed and the face, for the face's resource name and so its subset tag. */
function subsetDigits(seed: string, key: FontKey): string {
  const digest = createHash('sha256').update(`${seed}:${key}`).digest();
  return String(digest.readUInt32BE(0) % 100_000).padStart(5, '0');
}

/** The faces of one document with cached word widths (pdfkit subsets on first draw only). */
export class FontSet implements FontMetrics {
  private readonly fonts = new Map<FontKey, PdfkitFont>();
  private readonly widths = new Map<FontKey, Map<string, number>>();
  private readonly seeded = new Map<PdfkitFont, string>();
  /** The font files of the five faces: what set lines depend on besides their runs. */
  readonly cacheKey: string;

  /**
   * `seed` (a fingerprint of the content) names the subsets: pdfkit would tag every book's
   * alike. `store`: the cache folder where shaped words are kept between builds.
   */
  constructor(doc: Doc, t: Theme, seed = '', store?: CacheFolder) {
    this.cacheKey = FONT_KEYS.map((key) => fontPath(t.fonts[key])).join('\n');
    FONT_KEYS.forEach((key, n) => {
      const file = fontPath(t.fonts[key]);
      const parsed = PARSED.get(file);
      registerFont(doc, key, parsed ?? file);
      const font = fontObject(doc, key);
      // Pages name the face by a resource name that stays the same from book to book, so a
      // page an edit did not touch is the same bytes (watch compresses it once). pdfkit makes
      // the six-letter subset tag from characters 1–6 of the name, digits giving A–J: before
      // the subsets are written, `tagSubsets` renames the face after the seed.
      font.id = `F${n}`;
      if (seed) this.seeded.set(font, `F${n}${subsetDigits(seed, key)}`);
      if (!parsed) PARSED.set(file, font.font);
      font.layoutCache = sharedLayoutCache(font.font);
      if (store) useShapeStore(font, ShapeStore.open(store, file, font.font));
      this.fonts.set(key, font);
      this.widths.set(key, sharedWidths(font.font));
    });
  }

  /** The pdfkit font objects of every face. */
  all(): PdfkitFont[] {
    return [...this.fonts.values()];
  }

  /** The pdfkit font object of a face. */
  get(key: FontKey): PdfkitFont {
    const font = this.fonts.get(key);
    if (!font) throw new Error(`font ${key} not registered`);
    return font;
  }

  /** Shape the words not yet seen in one go (see shape.ts); later `width` calls are cache hits. */
  prepare(key: FontKey, words: readonly string[]): void {
    shapeWords(this.get(key), words);
  }

  /** Give each subset the tag of the book's seed (call after the last page, before the document ends). */
  tagSubsets(): void {
    for (const [font, id] of this.seeded) font.id = id;
  }

  /** Keep the words shaped in this document for the next build (when a store folder was given). */
  saveShapes(): void {
    for (const font of this.fonts.values()) saveShapes(font);
  }

  /** Advance width of `text` at `size` points (words shaped by shape.ts, spaces added). */
  width(key: FontKey, text: string, size: number): number {
    const cache = this.widths.get(key)!;
    let w = cache.get(text);
    if (w === undefined) {
      const font = this.get(key);
      const words = text.split(' ');
      shapeWords(font, words);
      w = (words.length - 1) * spaceWidth(font);
      for (const word of words) if (word) w += font.layoutCache?.[word]?.advanceWidth ?? font.widthOfString(word, 1000);
      cache.set(text, w);
    }
    return (w * size) / 1000;
  }

  /** Characters of `text` the face cannot draw (whitespace and control characters aside). */
  missingGlyphs(key: FontKey, text: string): string[] {
    const font = this.get(key).font;
    const chars = new Set(Array.from(text.normalize('NFC')).filter((c) => !/[\s\p{Cc}\p{Cf}]/u.test(c)));
    return [...chars].filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!));
  }

  /** Ascender of a face at `size`, in points. */
  ascent(key: FontKey, size: number): number {
    return (this.get(key).ascender * size) / 1000;
  }

  /** Height of capitals at `size`, in points. */
  capHeight(key: FontKey, size: number): number {
    return (this.get(key).capHeight * size) / 1000;
  }
}
