import path from 'node:path';
import { sourceDateEpoch, type Edition, type Rendered } from '../app/editions.ts';
import type { AssetMode } from '../render/html/assets.ts';
import type { LoadResult } from '../app/load-book.ts';
import { produce } from '../app/produce.ts';
import { printLayoutProblems, printProblems } from '../io/print.ts';
import type { Io } from '../io/io.ts';
import { progress, type Progress } from '../io/progress.ts';
import type { Lang } from '../i18n/lang.ts';
import { createStageCache, type StageCache } from './cache.ts';
import { rememberStreams } from '../render/pdf/paint/stream-memo.ts';
import { rememberTrees } from '../render/pdf/book/tree-memo.ts';
import { rememberLayouts } from '../render/pdf/book/initiative-memo.ts';
import { rememberPages } from '../render/pdf/paint/page-memo.ts';
import { watchMessages } from './messages.ts';
import { watchFolder } from './watcher.ts';

/** What a rebuild is asked to do. */
export interface SessionOptions {
  io: Io;
  content: string;
  lang?: Lang;
  draft?: boolean;
  editions: ReadonlySet<Edition>;
  /** How the HTML page carries its images (serve keeps them as files, for fast reloads). */
  htmlAssets?: AssetMode;
  /** Stops the session when aborted. */
  signal: AbortSignal;
  /** Called after every rebuild, with the rendered book or without it when the check failed. */
  onBuilt: (outcome: Outcome) => Promise<void> | void;
}

/** One rebuild: the check's result and, when it passed and rendering worked, the rendered editions. */
export interface Outcome {
  result?: LoadResult;
  rendered?: Rendered;
  /** Why nothing was rendered when it was not a content error (a renderer or file-system failure). */
  failure?: string;
  lang: Lang;
  seconds: number;
}

/** A clock reading for log lines ("14:05:09"), so writers can tell one rebuild from the last. */
function clock(): string {
  return new Date().toTimeString().slice(0, 8);
}

/** What every rebuild of one session shares. */
interface Context {
  options: SessionOptions;
  cache: StageCache;
  line: Progress;
  /** The book's language, known after the first load. */
  lang: Lang;
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));
const shown = (io: Io, file: string): string => path.relative(io.cwd, file).split(path.sep).join('/') || '.';

/** Check the book (through the cache), print its problems, and render it when it has no errors. */
async function build(ctx: Context): Promise<Outcome> {
  const { io, content, lang, draft, editions, htmlAssets } = ctx.options;
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  let result: LoadResult | undefined;
  ctx.line.step(watchMessages(ctx.lang).reading);
  const epoch = sourceDateEpoch(io.env);
  const request = { cwd: io.cwd, content, stages: ctx.cache, editions, progress: ctx.line, ...(htmlAssets ? { htmlAssets } : {}), ...(lang ? { lang } : {}), ...(draft !== undefined ? { draft } : {}), ...(epoch !== undefined ? { sourceDateEpoch: epoch } : {}) };
  try {
    const run = await produce({
      ...request,
      onChecked: (checked) => {
        ctx.line.done();
        result = checked;
        ctx.lang = checked.lang;
        printProblems(io, checked);
      },
    });
    if (run.rendered) printLayoutProblems(io, run.result, run.rendered.diagnostics);
    return { result: run.result, ...(run.rendered ? { rendered: run.rendered } : {}), lang: ctx.lang, seconds: seconds() };
  } catch (error) {
    ctx.line.done();
    // Before the check finished this is a usage problem (no content folder): the caller decides.
    if (!result) throw error;
    return { result, failure: message(error), lang: ctx.lang, seconds: seconds() };
  }
}

/** One rebuild after changes: never throws, whatever happened to the files. */
async function rebuild(ctx: Context, changed: string[]): Promise<void> {
  const { io } = ctx.options;
  io.stderr.write(`\n[${clock()}] ${watchMessages(ctx.lang).changed(changed.map((p) => shown(io, p)).join(', '))}\n`);
  let outcome: Outcome;
  try {
    outcome = await build(ctx);
  } catch (error) {
    // book.yml or the whole folder may vanish while someone renames things: report and wait.
    outcome = { failure: message(error), lang: ctx.lang, seconds: 0 };
  }
  await ctx.options.onBuilt(outcome);
}

function aborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

/**
 * Watch the content folder and rebuild after each burst of changes, re-reading only
 * the files that changed. Content errors are printed, never fatal; the session ends
 * when `signal` aborts. The first build runs before watching starts, and a usage
 * problem there (no content folder) is thrown as usual.
 */
export async function runSession(options: SessionOptions): Promise<void> {
  const { io } = options;
  const ctx: Context = { options, cache: createStageCache(), line: progress(io.stderr, io.env), lang: options.lang ?? 'id' };
  // Every rebuild makes the PDF again: pages it did not change need not be compressed again.
  rememberStreams();
  // Trees of unchanged files need not be walked again for their text and captions.
  rememberTrees();
  // Initiatives whose content and place in the numbering did not change need not be laid out again.
  rememberLayouts();
  // Pages drawn from the same boxes as in the last rebuild are replayed, not drawn again.
  rememberPages();
  await options.onBuilt(await build(ctx));
  if (options.signal.aborted) return;
  const contentDir = path.resolve(io.cwd, options.content);
  const queue = serialise((paths) => rebuild(ctx, paths), ctx.cache.invalidate);
  const watcher = watchFolder(contentDir, queue.push, (error) => io.stderr.write(`${message(error)}\n`));
  await watcher.ready;
  io.stderr.write(`${watchMessages(ctx.lang).watching(shown(io, contentDir))}\n`);
  await aborted(options.signal);
  await watcher.close();
  await queue.idle();
  io.stderr.write(`${watchMessages(ctx.lang).stopped}\n`);
}

/** Run one rebuild at a time; changes that arrive meanwhile are merged into the next one. */
function serialise(task: (paths: string[]) => Promise<void>, invalidate: (paths: string[]) => void) {
  let running: Promise<void> | undefined;
  let waiting: string[] = [];
  const next = (): void => {
    if (running || waiting.length === 0) return;
    const paths = waiting;
    waiting = [];
    invalidate(paths);
    running = task(paths).finally(() => {
      running = undefined;
      next();
    });
  };
  return {
    push: (paths: string[]) => {
      waiting = [...new Set([...waiting, ...paths])].sort();
      next();
    },
    idle: async () => {
      while (running) await running;
    },
  };
}
