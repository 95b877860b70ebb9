import path from 'node:path';

/** What a file is, judged by where it sits in the book project. */
export type SourceKind = 'book' | 'front' | 'dimension' | 'initiative' | 'back' | 'stray' | 'misnamed' | 'unreadable';

/** Markdown saved under a name the book does not read: `a.md.txt` (Notepad), `b.MD`, `c.markdown`. */
export const MISNAMED_MARKDOWN = /\.(?:md|markdown|mdown|mkdn?)(?:\.txt)?$/i;

/** The name a misnamed Markdown file should have. */
export function markdownName(name: string): string {
  return name.replace(MISNAMED_MARKDOWN, '.md');
}

/** A file of the book project as read from disk. */
export interface SourceFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the working directory with `/` separators, as printed in diagnostics. */
  display: string;
  /** Path relative to the content folder with `/` separators. */
  rel: string;
  kind: SourceKind;
  bytes: Buffer;
  /** Why an `unreadable` file was not read, when it is known. */
  problem?: UnreadableProblem;
}

/**
 * Why a file was not read: not a regular file (a FIFO, a device such as `/dev/zero`, a
 * socket), a link that leads out of the book project, or too large for a chapter.
 */
export type UnreadableProblem = { kind: 'special' } | { kind: 'outside'; target: string } | { kind: 'too-large'; bytes: number } | { kind: 'closed-folder' };

/** The largest Markdown file read (a 300-page chapter is under 1 MB). */
export const MAX_SOURCE_BYTES = 8 * 1024 * 1024;

/** A file as the rules on files see it (stray and unreadable files are reported here). */
export interface SourceSubject {
  file: string;
  source: SourceFile;
}

/** A `.` or `..` segment or an empty one: a path that `path.relative` would normalize first. */
const UNNORMAL = /(?:^|[\\/])\.{1,2}(?:[\\/]|$)|[\\/]{2}/;

/** Path relative to `from` with forward slashes. */
export function displayPath(from: string, file: string): string {
  // A file the walk found under `from` is a slice of its path: path.relative resolves both paths
  // again, some 10 ms for the two calls per file of a thousand-file book.
  const prefix = from.endsWith(path.sep) ? from : from + path.sep;
  const rel = path.isAbsolute(from) && file.startsWith(prefix) && !UNNORMAL.test(file) ? file.slice(prefix.length) : path.relative(from, file);
  return rel.split(path.sep).join('/');
}

/** Classify a path relative to the content folder. */
export function classify(rel: string): SourceKind {
  const parts = rel.split('/');
  if (rel === 'book.yml') return 'book';
  if (!rel.endsWith('.md')) return MISNAMED_MARKDOWN.test(rel) ? 'misnamed' : 'stray';
  if (parts[0] === 'initiatives' && parts.length >= 2) return 'initiative';
  if (parts.length === 2 && parts[0] === 'front') return 'front';
  if (parts.length === 2 && parts[0] === 'back') return 'back';
  if (parts.length === 2 && parts[0] === 'dimensions') return 'dimension';
  return 'stray';
}
