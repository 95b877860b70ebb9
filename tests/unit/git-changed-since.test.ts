import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { changedSince } from '../../src/git/changed-since.ts';
import { bookRepository, cloneOf, FILES, removeScratch, scratch } from '../helpers/git-book.ts';
import { fileUrl, git, isolateGit } from '../helpers/git-repo.ts';

let repo: string;

beforeAll(async () => {
  isolateGit();
  repo = await bookRepository();
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await removeScratch();
});

const BRANCH_FILES = [FILES.duplicate, FILES.valid, FILES.invalid].sort();

describe('changedSince', () => {
  it('lists the files the branch changed since the merge base, relative to the working directory', async () => {
    const set = await changedSince({ cwd: repo, dir: path.join(repo, 'content'), env: {} });
    expect(set).toMatchObject({ kind: 'changed', base: 'main', deepened: false, fetched: false, files: BRANCH_FILES });
    expect(set.kind === 'changed' && set.mergeBase).toBe((await git(repo, 'merge-base', 'main', 'usulan')).trim());
  });

  it('names files relative to a working directory reached through a symlink', async () => {
    const link = path.join(await scratch('masterplan-link-'), 'tautan');
    await symlink(repo, link);
    const set = await changedSince({ cwd: link, dir: path.join(link, 'content'), env: {} });
    expect(set.kind === 'changed' && set.files).toEqual(BRANCH_FILES);
  });

  it('in a shallow clone, gives up when the allowed deepening is not enough', async () => {
    const clone = await cloneOf(fileUrl(repo), '--depth', '1', '--branch', 'usulan');
    const set = await changedSince({ cwd: clone, dir: path.join(clone, 'content'), env: {}, deepen: [1] });
    expect(set).toEqual({ kind: 'unknown', reason: 'shallow', base: 'origin/main', tried: ['main', 'master'] });
    expect((await git(clone, 'rev-parse', '--is-shallow-repository')).trim()).toBe('true');
  });

  it('in a shallow clone, finds the merge base once deepened far enough', async () => {
    const clone = await cloneOf(fileUrl(repo), '--depth', '1', '--branch', 'usulan');
    const set = await changedSince({ cwd: clone, dir: path.join(clone, 'content'), env: {}, deepen: [1, 1] });
    expect(set).toMatchObject({ kind: 'changed', base: 'origin/main', deepened: true, fetched: true, files: BRANCH_FILES });
  });

  it('rejects a --base that names no commit, also one that looks like an option', async () => {
    for (const base of ['tidak-ada', '--output=/tmp/x']) {
      expect(await changedSince({ cwd: repo, dir: path.join(repo, 'content'), env: {}, base })).toEqual({ kind: 'bad-base', ref: base });
    }
  });

  it('lists only files under the content folder', async () => {
    const clone = await cloneOf(repo, '--branch', 'usulan');
    await git(clone, 'commit', '-q', '--allow-empty', '-m', 'kosong');
    const set = await changedSince({ cwd: clone, dir: path.join(clone, 'content/initiatives/smart-economy'), env: {}, base: 'origin/usulan~1' });
    expect(set.kind === 'changed' && set.files).toEqual([FILES.valid]);
  });
});
