import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { baseCandidates, resolveBase, type CiEnv } from './base-ref.ts';
import { changedFiles } from './changed-files.ts';
import { findMergeBase } from './merge-base.ts';
import { DubiousOwnershipError, openRepository, type Repository } from './repository.ts';
import { goneInitiatives, type GoneInitiative } from './gone.ts';
import { GitMissingError } from './run-git.ts';

/** Why `--changed` could not tell which files changed, so every file is reported. */
export type FallbackReason = 'no-git' | 'not-repo' | 'not-owner' | 'no-base' | 'shallow' | 'no-merge-base' | 'git-failed';

/** The answer to "which files changed since the merge base?". */
export type ChangeSet =
  | { kind: 'changed'; base: string; mergeBase: string; deepened: boolean; fetched: boolean; files: string[]; gone: GoneInitiative[] }
  | { kind: 'unknown'; reason: FallbackReason; base?: string; tried: string[]; folder?: string }
  | { kind: 'bad-base'; ref: string };

/** Where to look and what to compare with. */
export interface ChangedOptions {
  /** Working directory: `files` are relative to it, with `/`. */
  cwd: string;
  /** The content folder (absolute); only files under it are listed. */
  dir: string;
  /** `--base <ref>`, if given. */
  base?: string;
  env: CiEnv;
  /** Deepening steps for shallow clones (tests shorten them). */
  deepen?: readonly number[];
}

async function real(dir: string): Promise<string> {
  return realpath(dir).catch(() => path.resolve(dir));
}

/** Repository paths relative to the working directory, with `/`, as diagnostics name files. */
async function displayPaths(files: readonly string[], cwd: string): Promise<string[]> {
  const from = await real(cwd);
  return files.map((file) => path.relative(from, file).split(path.sep).join('/'));
}

/** The base found: the repository, the ref, and the commit where the branch left it. */
export interface FoundBase {
  kind: 'found';
  repo: Repository;
  base: string;
  mergeBase: string;
  deepened: boolean;
  fetched: boolean;
}

/** Where `--changed` and `diff` compare from: the base, or why it cannot be found. */
export type BaseLookup = FoundBase | Extract<ChangeSet, { kind: 'unknown' } | { kind: 'bad-base' }>;

async function lookUp(options: Omit<ChangedOptions, 'cwd'>): Promise<BaseLookup> {
  const repo = await openRepository(options.dir);
  const choice = baseCandidates(options.base, options.env);
  if (!repo) return { kind: 'unknown', reason: 'not-repo', tried: choice.names };
  const base = await resolveBase(repo, choice);
  if (!base) return choice.explicit ? { kind: 'bad-base', ref: options.base ?? '' } : { kind: 'unknown', reason: 'no-base', tried: choice.names };
  const found = await findMergeBase(repo, base, options.deepen);
  if (!found) return { kind: 'unknown', reason: repo.shallow ? 'shallow' : 'no-merge-base', base: base.ref, tried: choice.names };
  return { kind: 'found', repo, base: base.ref, mergeBase: found.commit, deepened: found.deepened, fetched: base.fetched };
}

/**
 * Find the commit to compare with, as `check --changed` chooses it: `--base`, else the CI
 * target branch, else `main`/`master`; then the merge base with HEAD (history fetched
 * in a shallow clone). Git missing or refusing the folder is an answer, not an error.
 */
export async function findBase(options: Omit<ChangedOptions, 'cwd'>): Promise<BaseLookup> {
  try {
    return await lookUp(options);
  } catch (error) {
    if (error instanceof GitMissingError) return { kind: 'unknown', reason: 'no-git', tried: [] };
    if (error instanceof DubiousOwnershipError) return { kind: 'unknown', reason: 'not-owner', tried: [], folder: error.dir };
    throw error;
  }
}

async function compare(options: ChangedOptions): Promise<ChangeSet> {
  const found = await findBase(options);
  if (found.kind !== 'found') return found;
  const dir = await real(options.dir);
  const files = await changedFiles(found.repo, found.mergeBase, dir);
  if (!files) return { kind: 'unknown', reason: 'git-failed', base: found.base, tried: [] };
  const gone = await goneInitiatives(found.repo, found.mergeBase, dir, files, options.cwd);
  const shown = await displayPaths(files, options.cwd);
  return { kind: 'changed', base: found.base, mergeBase: found.mergeBase, deepened: found.deepened, fetched: found.fetched, files: shown, gone };
}

/** Ask git which files under the content folder changed since the branch left its base. */
export async function changedSince(options: ChangedOptions): Promise<ChangeSet> {
  return compare(options);
}
