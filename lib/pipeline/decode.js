/** Offset of the first byte that breaks UTF-8, or -1 when the bytes are valid. */
export function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
        if (need < 0)
            return i;
        for (let k = 1; k <= need; k++) {
            const c = bytes[i + k];
            if (c === undefined || (c & 0xc0) !== 0x80)
                return i;
        }
        const second = bytes[i + 1] ?? 0;
        if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f))
            return i;
        if ((b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f))
            return i;
        i += need + 1;
    }
    return -1;
}
/** The 1-based line and column (in characters) of a byte offset. */
export function bytePosition(bytes, offset) {
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
/** Decode UTF-8 with or without a byte-order mark; invalid bytes are located, not replaced. */
export function decode(bytes) {
    const bad = firstInvalidUtf8(bytes);
    if (bad >= 0)
        return { ok: false, position: bytePosition(bytes, bad), byte: bytes[bad] };
    const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
}
