import { execFile } from 'node:child_process';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { vi } from 'vitest';
import { ROOT } from './cli.ts';

const exec = promisify(execFile);

/**
 * Keep git deterministic and offline in tests: no system or user config, a fixed
 * author, and `file://` remotes allowed. Stubs process.env, so masterplan's own git
 * calls see the same; undo with `vi.unstubAllEnvs()`.
 */
export function isolateGit(): void {
  const env: Record<string, string> = {
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: os.devNull,
    GIT_AUTHOR_NAME: 'Staf Bappelitbang',
    GIT_AUTHOR_EMAIL: 'staf@tanjungpinang.example',
    GIT_COMMITTER_NAME: 'Staf Bappelitbang',
    GIT_COMMITTER_EMAIL: 'staf@tanjungpinang.example',
    GIT_AUTHOR_DATE: '2019-07-30T09:00:00+07:00',
    GIT_COMMITTER_DATE: '2019-07-30T09:00:00+07:00',
  };
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
}

/** Run git in `cwd` and return its stdout. */
export async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await exec('git', ['-c', 'protocol.file.allow=always', ...args], { cwd, env: process.env });
  return stdout;
}

/** A new repository on branch `main` in `dir`. */
export async function initRepo(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  await git(dir, 'init', '-q', '-b', 'main');
  return dir;
}

/** Stage everything and commit. */
export async function commitAll(dir: string, message: string): Promise<void> {
  await git(dir, 'add', '-A');
  await git(dir, 'commit', '-q', '-m', message);
}

/** Copy the example book of Kota Tanjungpinang (`content/`) into `dir/content`. */
export async function copyExampleBook(dir: string): Promise<void> {
  await cp(path.join(ROOT, 'content'), path.join(dir, 'content'), { recursive: true });
}

/** Write files (paths relative to `dir`). */
export async function writeFiles(dir: string, files: Record<string, string>): Promise<void> {
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
}

/** `file://` URL of a local repository, so `--depth` is honoured and fetches stay offline. */
export function fileUrl(dir: string): string {
  const posix = dir.split(path.sep).join('/');
  return `file://${posix.startsWith('/') ? '' : '/'}${posix}`;
}
