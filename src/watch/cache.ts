import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { LoadStages } from '../app/load-book.ts';
import type { ParsedFile } from '../content/parsed.ts';
import type { SourceFile } from '../content/source.ts';
import type { FileOutcome, OutcomeMemo } from '../pipeline/file-outcome.ts';
import { parse } from '../pipeline/parse.ts';
import { loadSourceFile, read, type ReadResult } from '../pipeline/read.ts';

/** Read and parse stages that keep each file between loads until it changes on disk. */
export interface StageCache extends LoadStages {
  /** Forget these absolute paths, so the next load reads them again whatever their mtime. */
  invalidate(paths: Iterable<string>): void;
  /** How many files the last load read from disk and parsed (the rest came from the cache). */
  readonly last: { read: number; parsed: number };
}

interface ReadEntry {
  stamp: string;
  file: SourceFile;
}

interface ParseEntry {
  source: SourceFile;
  parsed: ParsedFile;
}

/**
 * Stages for `loadBook` that re-read only files whose size, mtime or ctime changed (or
 * that the watcher named) and re-parse only files whose bytes were re-read. Parsing
 * reports nothing (the rules run on every load), so a parse is valid until its bytes change.
 * The same tree is handed out on every load, uncopied: no later stage changes a parsed
 * tree (tests/e2e/watch-output.test.ts renders the book from frozen trees to keep it so).
 */
export function createStageCache(): StageCache {
  const files = new Map<string, ReadEntry>();
  const parses = new Map<string, ParseEntry>();
  const last = { read: 0, parsed: 0 };

  async function load(full: string, root: string, cwd: string): Promise<SourceFile> {
    // A broken link has no stamp and is read (and reported) every time.
    const info = await stat(full).catch(() => undefined);
    const stamp = info ? `${info.size}:${info.mtimeMs}:${info.ctimeMs}` : `unreadable:${Date.now()}`;
    const cached = files.get(full);
    if (cached?.stamp === stamp) return cached.file;
    last.read++;
    const file = await loadSourceFile(full, root, cwd);
    files.set(full, { stamp, file });
    return file;
  }

  const cachedRead = async (contentDir: string, cwd: string): Promise<ReadResult> => {
    last.read = 0;
    last.parsed = 0;
    const result = await read(contentDir, cwd, load);
    const present = new Set([...result.files, ...(result.book ? [result.book] : [])].map((f) => f.path));
    for (const key of [...files.keys()]) {
      if (present.has(key)) continue;
      files.delete(key);
      parses.delete(key);
    }
    return result;
  };

  const cachedParse = (file: SourceFile): ParsedFile => {
    const hit = parses.get(file.path);
    if (hit && hit.source === file) return hit.parsed;
    last.parsed++;
    const parsed = parse(file);
    parses.set(file.path, { source: file, parsed });
    return parsed;
  };

  // A file's outcome follows from its bytes and book.yml (the content cache's premise): the
  // same file object under the same book.yml object is not checked again.
  let outcomesOf: SourceFile | undefined;
  let outcomes = new WeakMap<SourceFile, FileOutcome>();
  const memo: OutcomeMemo = { recall: (source) => outcomes.get(source), keep: (source, outcome) => void outcomes.set(source, outcome) };
  const outcomesFor = (book: SourceFile): OutcomeMemo => {
    if (book !== outcomesOf) [outcomesOf, outcomes] = [book, new WeakMap()];
    return memo;
  };

  return {
    read: cachedRead,
    parse: cachedParse,
    outcomes: outcomesFor,
    invalidate(paths) {
      for (const p of paths) files.delete(path.resolve(p));
    },
    last,
  };
}
