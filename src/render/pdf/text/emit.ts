import type { FontSet } from '../fonts.ts';
import { fillOp, num } from '../paint/color.ts';
import type { PdfkitFont } from '../pdfkit-internals.ts';
import { shapeToken } from '../shape.ts';
import type { TextStyle } from './style.ts';

/** A piece of text to draw at a baseline, with extra space after each space character. */
export interface TextOp {
  text: string;
  style: TextStyle;
  x: number;
  /** Baseline, measured from the top of the page. */
  baseline: number;
  wordSpace: number;
}

/** TJ arrays for a token's glyphs; marks with offsets are moved into place (Ts for vertical ones). */
function glyphs(font: PdfkitFont, token: string, size: number, out: string[], parts: string[]): string[] {
  const [hex, positions] = font.encode(token);
  let pending = '';
  for (let i = 0; i < hex.length; i++) {
    const pos = positions[i]!;
    if (pos.xOffset || pos.yOffset) {
      if (pending) parts.push(`<${pending}>`);
      pending = '';
      if (pos.xOffset) parts.push(num(-pos.xOffset));
      if (pos.yOffset) {
        out.push(`[${parts.join(' ')}] TJ`, `${num((pos.yOffset * size) / 1000)} Ts`);
        parts = [];
      }
      parts.push(`<${hex[i]}>`, num(-(pos.xAdvance - pos.advanceWidth) + pos.xOffset));
      if (pos.yOffset) {
        out.push(`[${parts.join(' ')}] TJ`, '0 Ts');
        parts = [];
      }
      continue;
    }
    pending += hex[i];
    const kern = pos.xAdvance - pos.advanceWidth;
    if (kern !== 0) {
      parts.push(`<${pending}> ${num(-kern)}`);
      pending = '';
    }
  }
  if (pending) parts.push(`<${pending}>`);
  return parts;
}

/**
 * TJ pieces of each token already encoded, per font of one document. A token's glyph
 * ids and kerning do not depend on the size, and pdfkit's encoder allocates per glyph
 * on every call, so a book of a thousand pages spends much less time collecting garbage.
 */
const encoded = new WeakMap<PdfkitFont, Map<string, string>>();

function tokenPieces(font: PdfkitFont, cache: Map<string, string>, token: string, size: number, out: string[], parts: string[]): string[] {
  const hit = cache.get(token);
  if (hit !== undefined) {
    if (hit) parts.push(hit);
    return parts;
  }
  shapeToken(font, token);
  const before = out.length;
  const start = parts.length;
  const next = glyphs(font, token, size, out, parts);
  // Tokens with raised or lowered marks (Ts operators) are encoded afresh each time.
  if (out.length === before && next === parts) cache.set(token, parts.slice(start).join(' '));
  return next;
}

const SPACE = 32;

/** TJ arrays of `text`: its words and spaces, each space widened by `wordSpace` (a justified line). */
function glyphRun(font: PdfkitFont, text: string, size: number, wordSpace: number): string {
  let cache = encoded.get(font);
  if (!cache) encoded.set(font, (cache = new Map()));
  const out: string[] = [];
  let parts: string[] = [];
  const widen = wordSpace ? num((-wordSpace * 1000) / size) : '';
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text.charCodeAt(i) !== SPACE) continue;
    if (i > start) parts = tokenPieces(font, cache, text.slice(start, i), size, out, parts);
    if (i < text.length) {
      parts = tokenPieces(font, cache, ' ', size, out, parts);
      if (widen) parts.push(widen);
    }
    start = i + 1;
  }
  if (parts.length) out.push(`[${parts.join(' ')}] TJ`);
  return out.join('\n');
}

/**
 * Content-stream operators for text pieces, in one BT…ET. We write TJ arrays
 * ourselves (pdfkit's `text()` wraps every call in its own save/transform/BT and
 * cannot space words of a justified line), still through pdfkit's font encoder so the
 * glyphs enter the subset and the ToUnicode map.
 */
export function textOperators(fonts: FontSet, ops: readonly TextOp[], pageHeight: number, onFont: (font: PdfkitFont) => void): string {
  const out: string[] = [`q 1 0 0 -1 0 ${num(pageHeight)} cm BT`];
  let font = '';
  let size = -1;
  let colour = '';
  let tracking = 0;
  for (const op of ops) {
    const f = fonts.get(op.style.font);
    onFont(f);
    if (f.id !== font || op.style.size !== size) out.push(`/${f.id} ${num(op.style.size)} Tf`);
    if (op.style.color !== colour) out.push(fillOp(op.style.color));
    const tc = op.style.tracking ?? 0;
    if (tc !== tracking) out.push(`${num(tc)} Tc`);
    [font, size, colour, tracking] = [f.id, op.style.size, op.style.color, tc];
    out.push(`1 0 0 1 ${num(op.x)} ${num(pageHeight - op.baseline + (op.style.rise ?? 0))} Tm`);
    out.push(glyphRun(f, op.text, op.style.size, op.wordSpace));
  }
  out.push('ET Q');
  return out.join('\n');
}
