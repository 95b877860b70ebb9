import type { FontkitFont, FontkitGlyph, GlyphPosition, PdfkitFont, ShapedRun } from './pdfkit-internals.ts';
import { AS_PDFKIT, type ShapeStore } from './shape-store.ts';

/** Words a face keeps shaped before its cache starts afresh: a few books' worth of vocabulary, bounded memory. */
const MAX_SHAPED_WORDS = 200_000;

/** Shaped words by parsed font, shared by every document of this process (see `sharedLayoutCache`). */
const SHAPED = new Map<FontkitFont, Record<string, ShapedRun>>();

/**
 * The layout cache every document using this parsed font shares. A shaped word depends only
 * on the font file (glyphs come from the shared fontkit font, positions are in 1/1000 em),
 * so `watch` need not shape the whole book again on each rebuild; each document still
 * builds its own subset when it encodes the glyphs.
 */
export function sharedLayoutCache(font: FontkitFont): Record<string, ShapedRun> {
  let cache = SHAPED.get(font);
  // Counting keys is cheap next to rendering a document, and happens once per document.
  if (!cache || Object.keys(cache).length > MAX_SHAPED_WORDS) {
    cache = Object.create(null) as Record<string, ShapedRun>;
    SHAPED.set(font, cache);
  }
  return cache;
}

/** Where each document's faces keep their shaped words between builds (see shape-store.ts), when a build has a cache. */
const STORES = new WeakMap<PdfkitFont, ShapeStore>();

/** Recall and keep this document face's shaped words in `store`. */
export function useShapeStore(font: PdfkitFont, store: ShapeStore): void {
  STORES.set(font, store);
}

/** Keep the words this document face used for the next build (when it has a store). */
export function saveShapes(font: PdfkitFont): void {
  if (font.layoutCache) STORES.get(font)?.save(font.layoutCache);
}

/** A shaped word in 1/1000 em, as pdfkit keeps it. */
function toRun(font: PdfkitFont, glyphs: FontkitGlyph[], positions: GlyphPosition[]): ShapedRun {
  let advanceWidth = 0;
  const scaled = positions.map((p, i) => {
    const q = { xAdvance: p.xAdvance * font.scale, yAdvance: p.yAdvance * font.scale, xOffset: p.xOffset * font.scale, yOffset: p.yOffset * font.scale, advanceWidth: glyphs[i]!.advanceWidth * font.scale };
    advanceWidth += q.xAdvance;
    return q;
  });
  return { glyphs, positions: scaled, advanceWidth };
}

/**
 * Shape a token to be drawn exactly as pdfkit's encoder would (its default features), but
 * from the document's store when it holds the token: with every word recalled, a rebuild
 * never loads a face's OpenType tables. Without a store pdfkit shapes it, as ever.
 */
export function shapeToken(font: PdfkitFont, token: string): void {
  const cache = font.layoutCache;
  const store = STORES.get(font);
  if (!store || !cache || cache[token] || (token.includes(' ') && token !== ' ')) return;
  store.use(AS_PDFKIT + token);
  const stored = store.recall(AS_PDFKIT + token);
  if (stored) cache[token] = stored;
  else {
    const run = font.font.layout(token);
    cache[token] = toRun(font, run.glyphs, run.positions);
  }
}

/** Width of a space in 1/1000 em. */
export function spaceWidth(font: PdfkitFont): number {
  return font.font.glyphForCodePoint(32).advanceWidth * font.scale;
}

/**
 * Shape many words in one fontkit call and store each word's glyphs in pdfkit's own
 * layout cache. fontkit spends most of a call setting up its OpenType tables, so
 * shaping a paragraph word by word (what pdfkit does) costs 10–50× more than once per
 * paragraph. Words are split again at space glyphs; kerning and ligatures inside a
 * word are kept. Afterwards pdfkit's `encode` and `widthOfString` find every word cached.
 */
export function shapeWords(font: PdfkitFont, words: readonly string[]): void {
  const cache = (font.layoutCache ??= Object.create(null) as Record<string, ShapedRun>);
  const store = STORES.get(font);
  const todo = [...new Set(words)].filter((w) => {
    if (!w || w.includes(' ')) return false;
    store?.use(w);
    if (cache[w]) return false;
    const stored = store?.recall(w);
    if (stored) cache[w] = stored;
    return !stored;
  });
  if (todo.length === 0) return;
  // fontkit fills the feature object in: pass a fresh one. `ccmp` would decompose
  // precomposed letters (ị → i + combining dot) and fontkit then caches the base glyph
  // with the composed character, corrupting the text layer of later words.
  const run = font.font.layout(todo.join(' '), { ccmp: false });
  let word = 0;
  let glyphs: FontkitGlyph[] = [];
  let positions: GlyphPosition[] = [];
  const finish = (): void => {
    cache[todo[word]!] = toRun(font, glyphs, positions);
    word++;
    glyphs = [];
    positions = [];
  };
  run.glyphs.forEach((glyph, i) => {
    if (glyph.codePoints.length === 1 && glyph.codePoints[0] === 32) finish();
    else {
      glyphs.push(glyph);
      positions.push(run.positions[i]!);
    }
  });
  finish();
  // Should a font ever shape across a space, let pdfkit shape those words one by one.
  if (word !== todo.length) for (const w of todo) delete cache[w];
}
