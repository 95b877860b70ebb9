import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Lang } from '../i18n/lang.ts';
import type { LoadStages } from '../app/load-book.ts';
import { parse, type ParsedFile } from '../pipeline/parse.ts';
import { loadSourceFile, read, type ReadResult, type SourceFile } from '../pipeline/read.ts';
import type { Reporter } from '../rules/rule.ts';

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
  lang: Lang;
  parsed: ParsedFile | undefined;
  diagnostics: Diagnostic[];
}

/** A parse result handed out afresh each time, so later stages may change the tree safely. */
function copy(parsed: ParsedFile | undefined): ParsedFile | undefined {
  return parsed && { ...parsed, body: structuredClone(parsed.body) };
}

/**
 * Stages for `loadBook` that re-read only files whose size, mtime or ctime changed (or
 * that the watcher named) and re-parse only files whose bytes were re-read. A parse
 * replays the diagnostics it reported; a change to book.yml (language, severities)
 * forgets every parse.
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
    if (file.kind === 'book') parses.clear();
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

  const cachedParse = (file: SourceFile, reporter: Reporter): ParsedFile | undefined => {
    const hit = parses.get(file.path);
    if (hit && hit.source === file && hit.lang === reporter.lang) {
      reporter.diagnostics.push(...hit.diagnostics);
      return copy(hit.parsed);
    }
    last.parsed++;
    const before = reporter.diagnostics.length;
    const parsed = parse(file, reporter);
    parses.set(file.path, { source: file, lang: reporter.lang, parsed: copy(parsed), diagnostics: reporter.diagnostics.slice(before) });
    return parsed;
  };

  return {
    read: cachedRead,
    parse: cachedParse,
    invalidate(paths) {
      for (const p of paths) files.delete(path.resolve(p));
    },
    last,
  };
}
