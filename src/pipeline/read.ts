import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { classify, displayPath, MAX_SOURCE_BYTES, MISNAMED_MARKDOWN, type SourceFile, type UnreadableProblem } from '../content/source.ts';

/** Everything read from a content folder. */
export interface ReadResult {
  contentDir: string;
  book?: SourceFile;
  files: SourceFile[];
}

/** Raised when the content folder itself is missing: a usage problem, not a content one. */
export class ContentDirError extends Error {}

/** A file the walk found, a link it did not follow because it leads out of the project, or a folder it could not open. */
interface Found {
  full: string;
  outside?: string;
  closed?: boolean;
}

/** What a symbolic link leads to; a broken link counts as a file, so it is reported as unreadable instead of vanishing. */
async function linkKind(full: string): Promise<'dir' | 'file'> {
  const target = await stat(full).catch(() => undefined);
  return target?.isDirectory() ? 'dir' : 'file';
}

/** The names the book reads, and misnamed Markdown, which it reports. */
function wanted(name: string): boolean {
  return name.endsWith('.md') || name === 'book.yml' || MISNAMED_MARKDOWN.test(name);
}

/** Is `file` inside `root` (both real paths)? */
function inside(file: string, root: string): boolean {
  const rel = path.relative(root, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Collect book.yml and Markdown files (and anything else named like one: a FIFO or a
 * device named `.md` is reported, never read). Linked folders are followed once each,
 * so a link loop ends, and only inside the project: a link out of it is reported.
 */
async function walk(dir: string, project: string, out: Found[], seen = new Set<string>()): Promise<void> {
  const real = await realpath(dir);
  if (seen.has(real)) return;
  seen.add(real);
  const listed = await readdir(dir, { withFileTypes: true }).catch(() => undefined);
  // A folder without permission to read is reported (its files would silently be missing), unless it is the content folder itself.
  if (!listed) {
    if (seen.size === 1) throw new ContentDirError(dir);
    out.push({ full: dir, closed: true });
    return;
  }
  for (const entry of listed) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) {
      const target = await realpath(full).catch(() => undefined);
      if (target && !inside(target, project)) {
        if (wanted(entry.name) || (await stat(full).catch(() => undefined))?.isDirectory()) out.push({ full, outside: target });
        continue;
      }
    }
    const kind = entry.isDirectory() ? 'dir' : entry.isSymbolicLink() ? await linkKind(full) : 'file';
    if (kind === 'dir') await walk(full, project, out, seen);
    else if (kind === 'file' && wanted(entry.name)) out.push({ full });
  }
}

/** Reads one file of the book project; `watch` passes a loader that keeps unchanged files. */
export type FileLoader = (full: string, root: string, cwd: string) => Promise<SourceFile>;

function unreadable(file: Omit<SourceFile, 'kind' | 'bytes'>, problem?: UnreadableProblem): SourceFile {
  return { ...file, kind: 'unreadable', bytes: Buffer.alloc(0), ...(problem ? { problem } : {}) };
}

/**
 * Opened without waiting: a FIFO named `.md` would otherwise block the open for ever. What
 * it is comes from the open file, so a file swapped between a look and the read is never read.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** The bytes of a regular file of sane size, or why it is not read. Throws what `open` throws. */
function readRegular(full: string): Buffer | UnreadableProblem {
  const fd = openSync(full, OPEN_FLAGS);
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { kind: 'special' };
    if (info.size > MAX_SOURCE_BYTES) return { kind: 'too-large', bytes: info.size };
    const bytes = Buffer.allocUnsafeSlow(info.size);
    let read = 0;
    for (let n = 1; read < bytes.length && n > 0; read += n) n = readSync(fd, bytes, read, bytes.length - read, null);
    return read < bytes.length ? bytes.subarray(0, read) : bytes;
  } finally {
    closeSync(fd);
  }
}

/**
 * Read one file from disk and classify it. Only a regular file of sane size is read: a
 * FIFO would block for ever and `/dev/zero` never ends. Anything else is kept as
 * `unreadable`, with the reason when there is one.
 */
export async function loadSourceFile(full: string, root: string, cwd: string): Promise<SourceFile> {
  const rel = displayPath(root, full);
  const file = { path: full, display: displayPath(cwd, full), rel };
  // Synchronous calls: for a thousand small files the promise machinery costs more than the reading.
  for (let attempt = 0; ; attempt++) {
    try {
      const bytes = readRegular(full);
      return Buffer.isBuffer(bytes) ? { ...file, kind: classify(rel), bytes } : unreadable(file, bytes);
    } catch (error) {
      // Out of file descriptors (other programs hold them too): wait and try again, never call the file unreadable for it.
      const code = (error as NodeJS.ErrnoException).code;
      if ((code === 'EMFILE' || code === 'ENFILE') && attempt < 50) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        continue;
      }
      return unreadable(file);
    }
  }
}

/** Files read at once: a very large book must not run out of file descriptors (EMFILE), nor starve the module loader of them. */
const READ_CONCURRENCY = 16;

/** `fn` over `items` with at most `limit` running at a time, results in order. */
async function mapBounded<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const n = next++;
      results[n] = await fn(items[n]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Read book.yml and every Markdown file under the content folder, in a stable order. */
export async function read(contentDir: string, cwd: string, load: FileLoader = loadSourceFile): Promise<ReadResult> {
  const root = path.resolve(cwd, contentDir);
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory()) throw new ContentDirError(root);
  const found: Found[] = [];
  // The book project is the folder that holds the content folder.
  await walk(root, path.dirname(await realpath(root)), found);
  found.sort((a, b) => (a.full < b.full ? -1 : a.full > b.full ? 1 : 0));
  const files = await mapBounded(found, READ_CONCURRENCY, (f) =>
    f.outside || f.closed
      ? Promise.resolve(unreadable({ path: f.full, display: displayPath(cwd, f.full), rel: displayPath(root, f.full) }, f.outside ? { kind: 'outside', target: f.outside } : { kind: 'closed-folder' }))
      : load(f.full, root, cwd),
  );
  const book = files.find((f) => f.kind === 'book');
  return { contentDir: root, ...(book ? { book } : {}), files: files.filter((f) => f.kind !== 'book') };
}
