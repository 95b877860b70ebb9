import { rmSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A file to write, relative to the output folder. */
export interface OutputFile {
  name: string;
  data: string | Buffer;
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
 * first and are moved into place only when all were written, so a failure never leaves
 * a half-written book, and no run leaves its temporary files: they are removed on an
 * error, on Ctrl+C or a kill, and (after a run killed outright) by the next run.
 */
export async function write(outDir: string, files: readonly OutputFile[]): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  await removeStale(outDir);
  const staging = path.join(outDir, `.masterplan-staging-${process.pid}-${Date.now()}`);
  const release = cleanUpOnSignal(staging);
  try {
    await mkdir(staging);
    for (const file of files) {
      const temp = path.join(staging, file.name);
      await mkdir(path.dirname(temp), { recursive: true });
      await writeFile(temp, file.data);
    }
    // A folder where a file goes would stop the moves half way: find it before the first.
    for (const file of files) {
      const info = await stat(path.join(outDir, file.name)).catch(() => undefined);
      if (info?.isDirectory()) throw Object.assign(new Error(`${path.join(outDir, file.name)} is a folder`), { code: 'EISDIR' });
    }
    const finals: string[] = [];
    for (const file of files) {
      const final = path.join(outDir, file.name);
      await mkdir(path.dirname(final), { recursive: true });
      await rename(path.join(staging, file.name), final);
      finals.push(final);
    }
    return finals;
  } finally {
    await rm(staging, { recursive: true, force: true });
    release();
  }
}
