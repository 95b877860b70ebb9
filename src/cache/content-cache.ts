import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SourceFile } from '../content/source.ts';
import type { FileOutcome, OutcomeMemo } from '../pipeline/file-outcome.ts';
import { CACHE_SCHEMA, fileKey } from './context.ts';
import { restoreOutcome, storeOutcome, type StoredOutcome } from './outcome-json.ts';

const FORMAT = 'masterplan-content-cache';

/** The first line of a cache file: what it is, what it was made for, and a checksum of the rest. */
interface Header {
  format: typeof FORMAT;
  schema: number;
  context: string;
  sha1: string;
}

interface Entry {
  key: string;
  outcome: StoredOutcome;
}

function isHeader(value: unknown, context: string): value is Header {
  const h = value as Partial<Header> | null;
  return typeof h === 'object' && h !== null && h.format === FORMAT && h.schema === CACHE_SCHEMA && h.context === context && typeof h.sha1 === 'string';
}

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

/**
 * The entries of a cache file made for this context, or none: a missing, damaged,
 * truncated or foreign file (or one for other settings) is never trusted, only replaced.
 */
function entriesOf(text: string | undefined, context: string): Map<string, Entry> | undefined {
  if (text === undefined) return undefined;
  try {
    const cut = text.indexOf('\n');
    const header: unknown = JSON.parse(text.slice(0, cut));
    const body = text.slice(cut + 1);
    if (cut < 0 || !isHeader(header, context) || sha1(body) !== header.sha1) return undefined;
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
    return new Map(Object.entries(parsed as Record<string, Entry>));
  } catch {
    return undefined;
  }
}

/** Per-file outcomes kept between runs of `check` and `build` in one file, like ESLint's `--cache`. */
export class ContentCache implements OutcomeMemo {
  private entries = new Map<string, Entry>();
  private readonly used = new Set<string>();
  private dirty = false;
  private context = '';
  /** Files recalled from the cache and files checked and kept in this run. */
  readonly counts = { recalled: 0, kept: 0 };

  private constructor(
    readonly file: string,
    private readonly text: string | undefined,
  ) {}

  /** Read the cache file (nothing is trusted until `bind`); a missing or unreadable one is an empty cache. */
  static async open(file: string): Promise<ContentCache> {
    return new ContentCache(file, await readFile(file, 'utf8').catch(() => undefined));
  }

  /** Use the entries made for this context (book.yml, language, rules, version); others are dropped. */
  bind(context: string): this {
    this.context = context;
    const trusted = entriesOf(this.text, context);
    this.entries = trusted ?? new Map();
    // A cache that is missing or not trusted is written afresh, even if no entry is added.
    this.dirty = trusted === undefined;
    return this;
  }

  /** The kept outcome of this file, if its bytes and names are the same. */
  recall(source: SourceFile): FileOutcome | undefined {
    const entry = this.entries.get(source.path);
    if (!entry || entry.key !== fileKey(source)) return undefined;
    try {
      const outcome = restoreOutcome(entry.outcome);
      this.used.add(source.path);
      this.counts.recalled++;
      return outcome;
    } catch {
      return undefined;
    }
  }

  /** Keep this file's outcome for the next run. */
  keep(source: SourceFile, outcome: FileOutcome): void {
    this.entries.set(source.path, { key: fileKey(source), outcome: storeOutcome(outcome) });
    this.used.add(source.path);
    this.counts.kept++;
    this.dirty = true;
  }

  /**
   * Write the cache when it changed (entries of files gone from the book are dropped),
   * atomically: a temporary file renamed over the old one, so a reader never sees half
   * a file. A failure is returned as its message, never thrown: the run does not need it.
   */
  async save(): Promise<string | undefined> {
    for (const key of this.entries.keys()) {
      if (this.used.has(key)) continue;
      this.entries.delete(key);
      this.dirty = true;
    }
    if (!this.dirty) return undefined;
    const body = JSON.stringify(Object.fromEntries(this.entries));
    const header: Header = { format: FORMAT, schema: CACHE_SCHEMA, context: this.context, sha1: sha1(body) };
    const temp = `${this.file}.${process.pid}.${Date.now()}.tmp`;
    try {
      await mkdir(path.dirname(this.file), { recursive: true });
      await writeFile(temp, `${JSON.stringify(header)}\n${body}`);
      await rename(temp, this.file);
      return undefined;
    } catch (error) {
      await rm(temp, { force: true }).catch(() => undefined);
      return error instanceof Error ? error.message : String(error);
    }
  }
}
