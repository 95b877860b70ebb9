import { rmSync } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A file to write, relative to the output folder; its data whole, or in chunks made as they are written. */
export interface OutputFile {
  name: string;
  data: string | Buffer | Iterable<Buffer> | AsyncIterable<string | Buffer>;
}

/** Chunks are gathered up to this many characters or bytes before a write: fewer system calls, little memory. */
const BATCH = 1 << 20;

/** Write `data` to `file`; chunks go to disk as they come, so a file need never be whole in memory. */
async function writeData(file: string, data: OutputFile['data']): Promise<void> {
  if (typeof data === 'string' || Buffer.isBuffer(data)) return writeFile(file, data);
  const handle = await open(file, 'w');
  try {
    let batch: (string | Buffer)[] = [];
    let size = 0;
    const flush = async () => {
      await handle.write(Buffer.concat(batch.map((c) => (typeof c === 'string' ? Buffer.from(c, 'utf8') : c))));
      batch = [];
      size = 0;
    };
    for await (const chunk of data) {
      batch.push(chunk);
      size += chunk.length;
      if (size >= BATCH) await flush();
    }
    if (batch.length) await flush();
  } finally {
    await handle.close();
  }
}

/** The staging folder's name: hidden, and naming the process that owns it. */
const STAGING = /^\.masterplan-staging-(\d+)-\d+$/;

/** Is the process `pid` still running (so its staging folder is in use)? */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Remove the staging folders that runs killed outright (SIGKILL, a power cut) left behind. */
async function removeStale(outDir: string): Promise<void> {
  const entries = await readdir(outDir).catch(() => [] as string[]);
  await Promise.all(
    entries.map((name) => {
      const owner = STAGING.exec(name)?.[1];
      return owner !== undefined && !alive(Number(owner)) ? rm(path.join(outDir, name), { recursive: true, force: true }) : undefined;
    }),
  );
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * While `staging` exists, a Ctrl+C or a kill removes it before the process ends (with
 * the signal's usual exit code), so an interrupted build leaves nothing behind.
 */
function cleanUpOnSignal(staging: string): () => void {
  const handlers = SIGNALS.map((signal) => {
    const handler = () => {
      rmSync(staging, { recursive: true, force: true });
      for (const h of handlers) process.off(h.signal, h.handler);
      // Without a handler of its own (watch has one), the process ends as the signal asks.
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    };
    process.once(signal, handler);
    return { signal, handler };
  });
  return () => {
    for (const { signal, handler } of handlers) process.off(signal, handler);
  };
}

/**
 * Write every file atomically: all go into a hidden staging folder inside `outDir`
 * first and are moved into place only when all were written, so a failure (also one
 * while a streamed file is being made) never leaves a half-written book, and no run
 * leaves its temporary files: they are removed on an error, on Ctrl+C or a kill, and
 * (after a run killed outright) by the next run. `files` is read one at a time, so a
 * file may name what the ones before it produced (the assets an HTML page linked to).
 */
export async function write(outDir: string, files: Iterable<OutputFile>): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  await removeStale(outDir);
  const staging = path.join(outDir, `.masterplan-staging-${process.pid}-${Date.now()}`);
  const release = cleanUpOnSignal(staging);
  try {
    await mkdir(staging);
    const names: string[] = [];
    for (const file of files) {
      const temp = path.join(staging, file.name);
      await mkdir(path.dirname(temp), { recursive: true });
      await writeData(temp, file.data);
      names.push(file.name);
    }
    // A folder where a file goes would stop the moves half way: find it before the first.
    for (const name of names) {
      const info = await stat(path.join(outDir, name)).catch(() => undefined);
      if (info?.isDirectory()) throw Object.assign(new Error(`${path.join(outDir, name)} is a folder`), { code: 'EISDIR' });
    }
    const finals: string[] = [];
    for (const name of names) {
      const final = path.join(outDir, name);
      await mkdir(path.dirname(final), { recursive: true });
      await rename(path.join(staging, name), final);
      finals.push(final);
    }
    return finals;
  } finally {
    await rm(staging, { recursive: true, force: true });
    release();
  }
}
