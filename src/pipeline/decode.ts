import { isUtf8 } from 'node:buffer';
import type { Position } from '../diagnostics/diagnostic.ts';

/** One decoder for every file: it keeps no state between whole-buffer calls. */
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: false });

/** Offset of the first byte that breaks UTF-8, or -1 when the bytes are valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    const second = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f)) return i;
    if ((b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
    i += need + 1;
  }
  return -1;
}

/** The 1-based line and column (in characters) of a byte offset. */
export function bytePosition(bytes: Uint8Array, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: [...prefix].length + 1 };
}

/** Decoded text without BOM, or the position of the first invalid byte. */
export type Decoded = { ok: true; text: string } | { ok: false; position: Position; byte: number };

/** Decode UTF-8 with or without a byte-order mark; invalid bytes are located, not replaced. */
export function decode(bytes: Uint8Array): Decoded {
  // Node's own check is native and all but free; the byte walk only runs to say where a bad file breaks.
  const bad = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
  if (bad >= 0) return { ok: false, position: bytePosition(bytes, bad), byte: bytes[bad]! };
  return { ok: true, text: UTF8.decode(bytes) };
}
