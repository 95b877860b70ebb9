import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** What an image reference turned out to be on disk. */
export type ImageCheck =
  | { kind: 'remote' }
  | { kind: 'outside'; resolved: string }
  | { kind: 'missing'; resolved: string }
  | { kind: 'format'; resolved: string }
  | { kind: 'broken'; resolved: string }
  | { kind: 'ok'; resolved: string; format: 'png' | 'jpeg' };

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The format of an image file, `broken` when it starts like one but is cut short or damaged. */
function sniff(file: string): 'png' | 'jpeg' | 'broken' | undefined {
  const bytes = readFileSync(file);
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) {
    // A whole PNG starts with its IHDR chunk and ends with IEND.
    const whole = bytes.toString('latin1', 12, 16) === 'IHDR' && bytes.subarray(-12).includes('IEND');
    return whole ? 'png' : 'broken';
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    // A whole JPEG ends with its end-of-image marker (some tools pad after it).
    const end = bytes.subarray(-64);
    return end.includes(Buffer.from([0xff, 0xd9])) ? 'jpeg' : 'broken';
  }
  return undefined;
}

/** Resolve an image URL written in `fromFile` and check it is a local PNG or JPEG inside `root`. */
export function checkImageFile(url: string, fromFile: string, root: string): ImageCheck {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return { kind: 'remote' };
  const clean = decodeURI(url.split(/[?#]/)[0] ?? url);
  const resolved = path.resolve(path.dirname(fromFile), clean);
  const relative = path.relative(root, resolved);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return { kind: 'outside', resolved };
  const info = statSync(resolved, { throwIfNoEntry: false });
  if (!info?.isFile()) return { kind: 'missing', resolved };
  const format = sniff(resolved);
  if (format === 'broken') return { kind: 'broken', resolved };
  return format ? { kind: 'ok', resolved, format } : { kind: 'format', resolved };
}
