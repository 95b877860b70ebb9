import type { FontMetrics } from './metrics.ts';
import type { Hyphenate } from './hyphenate.ts';
import type { Run, TextStyle } from './style.ts';

/** A stretch of one word in one style, measured. */
export interface Piece {
  text: string;
  style: TextStyle;
  width: number;
}

/** Pieces with no break opportunity between them, and the space that follows. */
export interface Word {
  pieces: Piece[];
  width: number;
  /** Width of the following space; 0 when the word ends a run of text. */
  space: number;
  spaceStyle?: TextStyle;
  /** A forced line break follows. */
  breakAfter?: boolean;
  /** A syllable the line may break after, printing a hyphen of this width. */
  hyphen?: number;
}

function measure(fonts: FontMetrics, text: string, style: TextStyle): number {
  return fonts.width(style.font, text, style.size) + (style.tracking ?? 0) * text.length;
}

/** Split a word too long for any line into chunks that fit `max` (URLs, identifiers). */
function splitLong(fonts: FontMetrics, word: Word, max: number): Word[] {
  const out: Word[] = [];
  let current: Word = { pieces: [], width: 0, space: 0 };
  for (const piece of word.pieces) {
    for (const ch of Array.from(piece.text)) {
      const w = measure(fonts, ch, piece.style);
      if (current.width + w > max && current.width > 0) {
        out.push(current);
        current = { pieces: [], width: 0, space: 0 };
      }
      const last = current.pieces.at(-1);
      if (last && last.style === piece.style) {
        last.text += ch;
        last.width += w;
      } else current.pieces.push({ text: ch, style: piece.style, width: w });
      current.width += w;
    }
  }
  out.push({ ...current, space: word.space, ...(word.spaceStyle ? { spaceStyle: word.spaceStyle } : {}), ...(word.breakAfter ? { breakAfter: true } : {}) });
  return out;
}

const TOKENS = /[ \t\r\n]+|[^ \t\r\n]+/g;

/** Long tokens with slashes may break after each slash, like web addresses in print. */
function urlParts(token: string): string[] {
  if (token.length < 24 || !token.includes('/')) return [token];
  return token.split(/(?<=\/)(?=[^/])/);
}

/** Runs cut into tokens (words and whitespace), with every word shaped up front per font. */
function tokenize(fonts: FontMetrics, runs: readonly Run[]): { token: string; style: TextStyle }[] {
  const tokens: { token: string; style: TextStyle }[] = [];
  const byFont = new Map<TextStyle['font'], string[]>();
  for (const run of runs) {
    if (run.text === '\n') {
      tokens.push({ token: '\n', style: run.style });
      continue;
    }
    for (const token of run.text.match(TOKENS) ?? []) {
      const space = /^[ \t\r\n]/.test(token);
      for (const part of space ? [token] : urlParts(token)) tokens.push({ token: part, style: run.style });
      if (space) continue;
      const list = byFont.get(run.style.font) ?? [];
      list.push(...urlParts(token));
      byFont.set(run.style.font, list);
    }
  }
  for (const [font, words] of byFont) fonts.prepare(font, words);
  return tokens;
}

/**
 * A word in one style cut at its hyphenation points into syllables the line may break
 * after (with a hyphen). Code and web addresses are never hyphenated.
 */
function syllables(fonts: FontMetrics, word: Word, hyphenate: Hyphenate | undefined): Word[] {
  const piece = word.pieces[0];
  if (!hyphenate || word.pieces.length !== 1 || !piece || piece.style.font === 'mono' || (piece.style.link && 'url' in piece.style.link)) return [word];
  const parts = hyphenate(piece.text);
  if (parts.length < 2) return [word];
  const hyphen = measure(fonts, '-', piece.style);
  return parts.map((text, i) => {
    const width = measure(fonts, text, piece.style);
    const chunk: Word = { pieces: [{ text, style: piece.style, width }], width, space: 0, hyphen };
    if (i < parts.length - 1) return chunk;
    const { hyphen: _none, ...last } = chunk;
    return { ...last, space: word.space, ...(word.spaceStyle ? { spaceStyle: word.spaceStyle } : {}), ...(word.breakAfter ? { breakAfter: true } : {}) };
  });
}

/**
 * Cut runs into measured words; whitespace (and soft line breaks) separates words. With
 * `hyphenate`, words become syllables where they may break (with `onlyOverlong`, only
 * words wider than `max`: a table cell breaks a word only when it must).
 */
export function toWords(fonts: FontMetrics, runs: readonly Run[], max: number, hyphenate?: Hyphenate, onlyOverlong = false): Word[] {
  const words: Word[] = [];
  let current: Word = { pieces: [], width: 0, space: 0 };
  const finish = (): void => {
    if (current.pieces.length === 0 && current.space === 0 && !current.breakAfter) return;
    const cut = onlyOverlong && current.width <= max ? undefined : hyphenate;
    for (const part of syllables(fonts, current, cut)) words.push(...(part.width > max ? splitLong(fonts, part, max) : [part]));
    current = { pieces: [], width: 0, space: 0 };
  };
  const tokens = tokenize(fonts, runs);
  tokens.forEach(({ token, style }, i) => {
    const next = tokens[i + 1];
    if (token === '\n') {
      current.breakAfter = true;
      finish();
    } else if (/^[ \t\r\n]/.test(token)) {
      if (current.pieces.length === 0) return;
      current.space = measure(fonts, ' ', style);
      current.spaceStyle = style;
      finish();
    } else {
      const width = measure(fonts, token, style);
      current.pieces.push({ text: token, style, width });
      current.width += width;
      if (token.endsWith('/') && next && !/^[ \t\r\n]/.test(next.token) && next.token !== '\n') finish();
    }
  });
  finish();
  return words;
}
