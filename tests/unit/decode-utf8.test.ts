import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode, firstInvalidUtf8 } from '../../src/pipeline/decode.ts';

/** Bytes near UTF-8's edges: lead bytes, continuation bytes, overlongs, surrogates, ASCII. */
const byte = fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0x80, max: 0xbf }), fc.constantFrom(0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0x0a));
const texts = fc.oneof(fc.string({ unit: 'binary' }).map((s) => Buffer.from(s, 'utf8')), fc.uint8Array({ maxLength: 12 }), fc.array(byte, { maxLength: 12 }).map((b) => Uint8Array.from(b)));

describe('decode', () => {
  it('finds a file valid exactly when the byte walk finds no bad byte', () => {
    fc.assert(
      fc.property(texts, (bytes) => {
        expect(isUtf8(bytes)).toBe(firstInvalidUtf8(bytes) === -1);
        const decoded = decode(bytes);
        expect(decoded.ok).toBe(firstInvalidUtf8(bytes) === -1);
      }),
      { numRuns: 20000, seed: 20260102 },
    );
  });

  it('drops the byte-order mark and says where a broken file breaks', () => {
    expect(decode(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ ok: true, text: 'a' });
    expect(decode(Uint8Array.from([0x61, 0x0a, 0x62, 0xff]))).toEqual({ ok: false, position: { line: 2, column: 2 }, byte: 0xff });
  });
});
