import { crc32, inflateSync } from 'node:zlib';

/** The most pixels an image may have: a 40-megapixel photo is already far beyond print size. */
export const MAX_PIXELS = 40_000_000;

/** What checking an image's bytes found. */
export type ImageCheck =
  | { kind: 'ok'; format: 'png' | 'jpeg'; width: number; height: number }
  | { kind: 'broken' }
  | { kind: 'oversized'; width: number; height: number }
  | { kind: 'unknown' };

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Bit depths each PNG colour type allows, and its channels per pixel. */
const PNG_COLOUR: Record<number, { depths: number[]; channels: number }> = {
  0: { depths: [1, 2, 4, 8, 16], channels: 1 },
  2: { depths: [8, 16], channels: 3 },
  3: { depths: [1, 2, 4, 8], channels: 1 },
  4: { depths: [8, 16], channels: 2 },
  6: { depths: [8, 16], channels: 4 },
};

/** Bytes of filtered image data a PNG of this size holds (every Adam7 pass when interlaced). */
function pngDataLength(width: number, height: number, depth: number, channels: number, interlaced: boolean): number {
  const rows = (w: number, h: number) => (w === 0 || h === 0 ? 0 : h * (1 + Math.ceil((w * depth * channels) / 8)));
  if (!interlaced) return rows(width, height);
  const passes: [number, number, number, number][] = [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]];
  return passes.reduce((sum, [x0, y0, dx, dy]) => sum + rows(Math.ceil((width - x0) / dx), Math.ceil((height - y0) / dy)), 0);
}

/**
 * A PNG read through: every chunk whole with a right CRC, a sane header, a palette when
 * one is needed, and the image data inflating to exactly the size the header promises
 * (so a damaged data stream is found here, not by the PDF writer). The pixel budget is
 * checked before anything is inflated.
 */
function checkPng(bytes: Buffer): ImageCheck {
  let at = 8;
  let header: { width: number; height: number; depth: number; colour: number; interlaced: boolean } | undefined;
  let palette = false;
  const data: Buffer[] = [];
  while (at + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (at + 12 + length > bytes.length) return { kind: 'broken' };
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (crc32(bytes.subarray(at + 4, at + 8 + length)) !== bytes.readUInt32BE(at + 8 + length)) return { kind: 'broken' };
    if (type === 'IHDR') {
      if (length !== 13) return { kind: 'broken' };
      header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), depth: body[8]!, colour: body[9]!, interlaced: body[12] === 1 };
      const colour = PNG_COLOUR[header.colour];
      if (!colour || !colour.depths.includes(header.depth) || header.width === 0 || header.height === 0 || body[12]! > 1) return { kind: 'broken' };
      if (header.width * header.height > MAX_PIXELS) return { kind: 'oversized', width: header.width, height: header.height };
    } else if (!header) return { kind: 'broken' };
    else if (type === 'PLTE') palette = true;
    else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  if (!header || data.length === 0 || (header.colour === 3 && !palette)) return { kind: 'broken' };
  const expected = pngDataLength(header.width, header.height, header.depth, PNG_COLOUR[header.colour]!.channels, header.interlaced);
  try {
    const pixels = inflateSync(Buffer.concat(data), { maxOutputLength: expected + 1 });
    if (pixels.length !== expected) return { kind: 'broken' };
  } catch {
    return { kind: 'broken' };
  }
  return { kind: 'ok', format: 'png', width: header.width, height: header.height };
}

/** Start-of-frame markers: baseline, extended, progressive and lossless (not DHT, JPG or DAC). */
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

/**
 * A JPEG walked marker by marker: each segment whole, one frame header with a size and
 * 1, 3 or 4 components, a scan, and the end-of-image marker after the scan data. The
 * compressed data itself is left to the viewer (a full decode needs a JPEG decoder).
 */
function checkJpeg(bytes: Buffer): ImageCheck {
  let at = 2;
  let frame: { width: number; height: number } | undefined;
  let scanned = false;
  while (at + 2 <= bytes.length) {
    if (bytes[at] !== 0xff) return { kind: 'broken' };
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at++;
      continue;
    }
    if (marker === 0xd9) return frame && scanned ? { kind: 'ok', format: 'jpeg', ...frame } : { kind: 'broken' };
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    if (at + 4 > bytes.length) return { kind: 'broken' };
    const length = bytes.readUInt16BE(at + 2);
    if (length < 2 || at + 2 + length > bytes.length) return { kind: 'broken' };
    if (SOF.has(marker)) {
      if (length < 8) return { kind: 'broken' };
      const height = bytes.readUInt16BE(at + 5);
      const width = bytes.readUInt16BE(at + 7);
      const components = bytes[at + 9]!;
      if (width === 0 || height === 0 || ![1, 3, 4].includes(components)) return { kind: 'broken' };
      if (width * height > MAX_PIXELS) return { kind: 'oversized', width, height };
      frame = { width, height };
    }
    at += 2 + length;
    if (marker === 0xda) {
      if (!frame) return { kind: 'broken' };
      scanned = true;
      // Entropy-coded data runs to the next marker that is not a stuffed 0xFF00 or a restart.
      while (at + 1 < bytes.length && !(bytes[at] === 0xff && bytes[at + 1] !== 0x00 && !(bytes[at + 1]! >= 0xd0 && bytes[at + 1]! <= 0xd7))) at++;
    }
  }
  return { kind: 'broken' };
}

/** Check an image file's bytes: PNG or JPEG, whole, and within the pixel budget. */
export function checkImage(bytes: Buffer): ImageCheck {
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return checkPng(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return checkJpeg(bytes);
  return { kind: 'unknown' };
}
