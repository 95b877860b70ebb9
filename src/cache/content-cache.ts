import { createHash } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Root } from 'mdast';
import type { SourceFile } from '../content/source.ts';
import type { ConfigMemo, KeptConfig } from '../pipeline/configure.ts';
import type { FileOutcome, OutcomeMemo } from '../pipeline/file-outcome.ts';
import { CACHE_SCHEMA, fileKey } from './context.ts';
import { restoreOutcome, storeOutcome, type StoredOutcome } from './outcome-json.ts';

const FORMAT = 'masterplan-content-cache';

/** Why the cache could not be written: the file system's code (`EACCES`…) and its message. */
export interface Unwritten {
  code: string;
  message: string;
}

/** The first line of a cache file: what it is, what it was made for, and a checksum of the rest. */
interface Header {
  format: typeof FORMAT;
  schema: number;
  context: string;
  entries: number;
  sha1: string;
}

function isHeader(value: unknown, context: string): value is Header {
  const h = value as Partial<Header> | null;
  return typeof h === 'object' && h !== null && h.format === FORMAT && h.schema === CACHE_SCHEMA && h.context === context && typeof h.entries === 'number' && typeof h.sha1 === 'string';
}

const sha1 = (data: Uint8Array) => createHash('sha1').update(data).digest('hex');

/**
 * One line per file: its path, its key, its outcome and its bodies, as JSON apart by tabs
 * (JSON text holds no raw tab or line break). A line is read only when its file is asked
 * for, and its bodies only when they are wanted whole; an unchanged line is written back as read.
 */
const lineOf = (file: string, key: string, stored: StoredOutcome | KeptConfig, bodies: readonly Root[] | undefined) => `${JSON.stringify(file)}\t${key}\t${JSON.stringify(stored)}\t${bodies ? JSON.stringify(bodies) : NO_BODIES}`;

/** Before the key of book.yml's line: what it holds is the checked settings, not a file outcome. */
const CONFIG_MARK = 'config:';

/** Written by `check`, which needs no bodies: a `build` takes such an entry for a miss. */
const NO_BODIES = 'null';

/**
 * The lines of a cache file made for this context, by file, or none: a missing, damaged,
 * truncated or foreign file (or one for other settings) is never trusted, only replaced.
 */
function linesOf(bytes: Buffer | undefined, context: string): Map<string, string> | undefined {
  if (bytes === undefined) return undefined;
  try {
    const cut = bytes.indexOf(0x0a);
    if (cut < 0) return undefined;
    const header: unknown = JSON.parse(bytes.subarray(0, cut).toString('utf8'));
    const rest = bytes.subarray(cut + 1);
    if (!isHeader(header, context) || sha1(rest) !== header.sha1) return undefined;
    const lines = new Map<string, string>();
    for (const line of rest.toString('utf8').split('\n')) {
      if (line === '') continue;
      const path: unknown = JSON.parse(line.slice(0, line.indexOf('\t')));
      if (typeof path !== 'string') return undefined;
      lines.set(path, line);
    }
    return lines.size === header.entries ? lines : undefined;
  } catch {
    return undefined;
  }
}

/** A line's key, outcome and bodies, or undefined when it does not hold them. */
function splitLine(line: string): { key: string; stored: string; bodies: string } | undefined {
  const [, key, stored, bodies] = line.split('\t');
  return key !== undefined && stored !== undefined && bodies !== undefined ? { key, stored, bodies } : undefined;
}

/** Write `head`, then each line and a newline, in pieces of about a megabyte. */
async function writeLines(file: string, head: string, lines: Iterable<string>): Promise<void> {
  const handle = await open(file, 'w');
  try {
    let piece = [head];
    let size = head.length;
    for (const line of lines) {
      piece.push(line, '\n');
      size += line.length + 1;
      if (size < 1 << 20) continue;
      await handle.write(piece.join(''));
      piece = [];
      size = 0;
    }
    if (piece.length) await handle.write(piece.join(''));
  } finally {
    await handle.close();
  }
}

/** Per-file outcomes kept between runs of `check` and `build` in one file, like ESLint's `--cache`. */
export class ContentCache implements OutcomeMemo, ConfigMemo {
  private lines = new Map<string, string>();
  private readonly used = new Set<string>();
  private dirty = false;
  private context = '';
  private readonly keys = new WeakMap<SourceFile, string>();
  private readonly ready = new Map<SourceFile, FileOutcome>();
  /** Files recalled from the cache, and files checked and kept in this run. */
  readonly counts = { recalled: 0, kept: 0 };

  private constructor(
    readonly file: string,
    private readonly bytes: Buffer | undefined,
    private readonly linksOnly: boolean,
  ) {}

  /**
   * Read the cache file (nothing is trusted until `bind`); a missing or unreadable one is
   * an empty cache. `linksOnly`: restore of each body only its links (enough for `check`).
   */
  static async open(file: string, linksOnly = false): Promise<ContentCache> {
    return new ContentCache(file, await readFile(file).catch(() => undefined), linksOnly);
  }

  /** Use the entries made for this context (book.yml, language, rules, version); others are dropped. */
  bind(context: string): this {
    this.context = context;
    const trusted = linesOf(this.bytes, context);
    this.lines = trusted ?? new Map();
    // A cache that is missing or not trusted is written afresh, even if no entry is added.
    this.dirty = trusted === undefined;
    return this;
  }

  private keyOf(source: SourceFile): string {
    let key = this.keys.get(source);
    if (key === undefined) {
      key = fileKey(source);
      this.keys.set(source, key);
    }
    return key;
  }

  /**
   * Recall every Markdown file at once: true when all were kept, so the run needs no
   * Markdown parser (loading it is a good part of a cached check's time).
   */
  recallAll(files: readonly SourceFile[]): boolean {
    let all = true;
    for (const source of files) {
      const outcome = this.restore(source);
      if (outcome) this.ready.set(source, outcome);
      else all = false;
    }
    return all;
  }

  /** The kept outcome of this file, if its bytes and names are the same. */
  recall(source: SourceFile): FileOutcome | undefined {
    const ready = this.ready.get(source);
    if (ready) this.ready.delete(source);
    return ready ?? this.restore(source);
  }

  private restore(source: SourceFile): FileOutcome | undefined {
    const line = this.lines.get(source.path);
    const parts = line === undefined ? undefined : splitLine(line);
    if (!parts || parts.key !== this.keyOf(source)) return undefined;
    try {
      if (!this.linksOnly && parts.bodies === NO_BODIES) return undefined;
      const stored = JSON.parse(parts.stored) as StoredOutcome;
      const outcome = this.linksOnly ? restoreOutcome(stored) : restoreOutcome(stored, JSON.parse(parts.bodies) as Root[]);
      this.used.add(source.path);
      this.counts.recalled++;
      return outcome;
    } catch {
      return undefined;
    }
  }

  /** What checking this book.yml found before, if its bytes and names are the same (its line's key is marked apart from a Markdown file's). */
  recallConfig(source: SourceFile): KeptConfig | undefined {
    const line = this.lines.get(source.path);
    const parts = line === undefined ? undefined : splitLine(line);
    if (!parts || parts.key !== CONFIG_MARK + this.keyOf(source)) return undefined;
    try {
      const kept = JSON.parse(parts.stored) as KeptConfig;
      this.used.add(source.path);
      return kept;
    } catch {
      return undefined;
    }
  }

  /** Keep what checking book.yml found, for the next run. */
  keepConfig(source: SourceFile, kept: KeptConfig): void {
    this.lines.set(source.path, lineOf(source.path, CONFIG_MARK + this.keyOf(source), kept, undefined));
    this.used.add(source.path);
    this.dirty = true;
  }

  /** Keep this file's outcome for the next run (its bodies only when they are restored: `check` does without). */
  keep(source: SourceFile, outcome: FileOutcome): void {
    const { stored, bodies } = storeOutcome(outcome);
    this.lines.set(source.path, lineOf(source.path, this.keyOf(source), stored, this.linksOnly ? undefined : bodies));
    this.used.add(source.path);
    this.counts.kept++;
    this.dirty = true;
  }

  /**
   * Write the cache when it changed (entries of files gone from the book are dropped),
   * atomically: a temporary file renamed over the old one, so a reader never sees half
   * a file. A failure is returned, never thrown: the run does not need the cache.
   */
  async save(): Promise<Unwritten | undefined> {
    for (const file of this.lines.keys()) {
      if (this.used.has(file)) continue;
      this.lines.delete(file);
      this.dirty = true;
    }
    if (!this.dirty) return undefined;
    // Hashed and written line by line: a national book's cache is a hundred megabytes, and
    // joining it into one string (and one Buffer) would double the build's peak memory.
    const hash = createHash('sha1');
    for (const line of this.lines.values()) hash.update(line).update('\n');
    const header: Header = { format: FORMAT, schema: CACHE_SCHEMA, context: this.context, entries: this.lines.size, sha1: hash.digest('hex') };
    const temp = `${this.file}.${process.pid}.${Date.now()}.tmp`;
    try {
      await mkdir(path.dirname(this.file), { recursive: true });
      await writeLines(temp, `${JSON.stringify(header)}\n`, this.lines.values());
      await rename(temp, this.file);
      return undefined;
    } catch (error) {
      await rm(temp, { force: true }).catch(() => undefined);
      const code = error instanceof Error && 'code' in error ? String(error.code) : '';
      return { code, message: error instanceof Error ? error.message : String(error) };
    }
  }
}
