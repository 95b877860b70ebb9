import type { Position } from '../diagnostics/diagnostic.ts';
/** Offset of the first byte that breaks UTF-8, or -1 when the bytes are valid. */
export declare function firstInvalidUtf8(bytes: Uint8Array): number;
/** The 1-based line and column (in characters) of a byte offset. */
export declare function bytePosition(bytes: Uint8Array, offset: number): Position;
/** Decoded text without BOM, or the position of the first invalid byte. */
export type Decoded = {
    ok: true;
    text: string;
} | {
    ok: false;
    position: Position;
    byte: number;
};
/** Decode UTF-8 with or without a byte-order mark; invalid bytes are located, not replaced. */
export declare function decode(bytes: Uint8Array): Decoded;
