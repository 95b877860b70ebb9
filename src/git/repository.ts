import { runGit } from './run-git.ts';

/** The git repository that holds the book project. */
export interface Repository {
  /** Absolute path of the working tree's top folder, as git reports it (symlinks resolved). */
  root: string;
  /** The remote to fetch from (`origin` when there is one), if any. */
  remote?: string;
  /** A clone made with `--depth`: part of the history is missing. */
  shallow: boolean;
}

/** Prefer `origin`, the name every clone gives its source; else the first remote listed. */
function pickRemote(list: string): string | undefined {
  const remotes = list.split('\n').map((line) => line.trim()).filter(Boolean);
  return remotes.includes('origin') ? 'origin' : remotes[0];
}

/**
 * git refuses a repository owned by another user (a checkout mounted into a container, a
 * CI workspace) until `safe.directory` names it; it says so in this phrase.
 */
export class DubiousOwnershipError extends Error {
  override name = 'DubiousOwnershipError';
  constructor(readonly dir: string) {
    super(`git refuses ${dir}: dubious ownership`);
  }
}

/** The folder git names in its refusal ("… in repository at '/book'"), else the folder asked about. */
function refusedFolder(stderr: string, dir: string): string {
  return /repository at '([^']+)'/.exec(stderr)?.[1] ?? dir;
}

/**
 * Find the repository containing `dir`, or undefined when `dir` is not inside one.
 * Throws GitMissingError, and DubiousOwnershipError when git refuses the folder's owner.
 */
export async function openRepository(dir: string): Promise<Repository | undefined> {
  const top = await runGit(['rev-parse', '--show-toplevel', '--is-shallow-repository'], dir);
  const [root, shallow] = top.stdout.split('\n');
  if (!top.ok && /dubious ownership/i.test(top.stderr)) throw new DubiousOwnershipError(refusedFolder(top.stderr, dir));
  if (!top.ok || !root) return undefined;
  const remotes = await runGit(['remote'], root);
  const remote = remotes.ok ? pickRemote(remotes.stdout) : undefined;
  return { root, shallow: shallow === 'true', ...(remote ? { remote } : {}) };
}

/** Is the repository still shallow (a deepening may have reached the first commit)? */
export async function isShallow(repo: Repository): Promise<boolean> {
  const result = await runGit(['rev-parse', '--is-shallow-repository'], repo.root);
  return result.ok && result.stdout.trim() === 'true';
}
