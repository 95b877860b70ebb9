import { closeSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';

/** What an image reference turned out to be on disk. */
export type ImageCheck =
  | { kind: 'remote' }
  | { kind: 'outside'; resolved: string }
  | { kind: 'missing'; resolved: string }
  | { kind: 'format'; resolved: string }
  | { kind: 'ok'; resolved: string; format: 'png' | 'jpeg' };

function magic(file: string): 'png' | 'jpeg' | undefined {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(8);
    readSync(fd, head, 0, 8, 0);
    if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
    if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
    return undefined;
  } finally {
    closeSync(fd);
  }
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
  const format = magic(resolved);
  return format ? { kind: 'ok', resolved, format } : { kind: 'format', resolved };
}
