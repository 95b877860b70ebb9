import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { runCli } from '../helpers/cli.ts';
import { bookRepository, BRANCH_PROBLEMS, brief, cloneOf, FILES, initiativeMd, removeScratch, scratch } from '../helpers/git-book.ts';
import { commitAll, fileUrl, git, initRepo, isolateGit, writeFiles } from '../helpers/git-repo.ts';

const NEWEST = 'content/initiatives/smart-living/paling-baru.md';

async function check(cwd: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number; stderr: string; found: string[] }> {
  const result = await runCli(['check', '--format', 'json', ...args], cwd, env);
  const found = result.code === 2 ? [] : (JSON.parse(result.stdout) as { diagnostics: Diagnostic[] }).diagnostics.map(brief);
  return { code: result.code, stderr: result.stderr, found };
}

let repo: string;
/** A full clone whose local `main` is behind `origin/main`, on a branch made from `origin/main`. */
let stale: string;

beforeAll(async () => {
  isolateGit();
  repo = await bookRepository();
  // What GitHub checks out for a pull request: the branch merged into the base.
  await git(repo, 'checkout', '-q', '-b', 'pull-1-merge', 'main');
  await git(repo, 'merge', '-q', '--no-ff', '--no-edit', 'usulan');
  await git(repo, 'checkout', '-q', 'usulan');
  stale = await cloneOf(repo, '--branch', 'main');
  await git(repo, 'checkout', '-q', 'main');
  await writeFiles(repo, { [NEWEST]: initiativeMd('Paling Baru', 'dimension: smart-living\nopd: dinas-baru-sekali') });
  await commitAll(repo, 'Satu lagi di main');
  await git(repo, 'checkout', '-q', 'usulan');
  await git(stale, 'fetch', '-q', 'origin');
  await git(stale, 'checkout', '-q', '-b', 'terbaru', 'origin/main');
  await writeFiles(stale, { 'content/initiatives/smart-living/bersih.md': initiativeMd('Usulan Bersih', 'dimension: smart-living\nopd: dishub') });
  await commitAll(stale, 'Usulan bersih');
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await removeScratch();
});

describe('check --changed in a shallow clone', () => {
  it('fetches the base branch, deepens the history and reports only what the branch causes', async () => {
    const clone = await cloneOf(fileUrl(repo), '--depth', '1', '--branch', 'usulan');
    const { code, stderr, found } = await check(clone, ['--changed']);
    expect(found).toEqual(BRANCH_PROBLEMS);
    expect(stderr).toMatch(/^--changed: 3 berkas berubah sejak `origin\/main` \(basis perbandingan [0-9a-f]{7}\)\.\n/);
    expect(stderr).toContain('Cabang dasar `origin/main` diambil dari remote (klon dangkal).');
    expect(stderr).toContain('Riwayat klon dangkal diambil lebih dalam dari remote untuk menemukan basis perbandingan.');
    expect(code).toBe(1);
  });

  it('works like actions/checkout: a detached merge commit at depth 1 and GITHUB_BASE_REF', async () => {
    const clone = await initRepo(path.join(await scratch('masterplan-ci-'), 'ci'));
    await git(clone, 'remote', 'add', 'origin', fileUrl(repo));
    await git(clone, 'fetch', '-q', '--no-tags', '--depth=1', 'origin', '+refs/heads/pull-1-merge:refs/remotes/pull/1/merge');
    await git(clone, 'checkout', '-q', '--detach', 'refs/remotes/pull/1/merge');
    const { found, stderr } = await check(clone, ['--changed'], { GITHUB_BASE_REF: 'main', GITHUB_EVENT_NAME: 'pull_request' });
    expect(found).toEqual(BRANCH_PROBLEMS);
    expect(stderr).toContain('sejak `origin/main`');
  });

  it('without a remote to deepen from: says so and checks every file', async () => {
    const clone = await cloneOf(fileUrl(repo), '--depth', '1', '--no-single-branch', '--branch', 'usulan');
    await git(clone, 'branch', 'main', 'origin/main');
    await git(clone, 'remote', 'remove', 'origin');
    const id = await check(clone, ['--changed']);
    expect(id.stderr).toBe('Basis perbandingan tidak ditemukan (klon dangkal); memeriksa semua berkas. Di CI, ambil riwayat lengkap (GitHub Actions: `fetch-depth: 0`).\n');
    expect(id.found).toEqual(expect.arrayContaining([...BRANCH_PROBLEMS, `${FILES.old}:4 opd-unknown`]));
    expect(id.code).toBe(1);
    const en = await check(clone, ['--changed', '--lang', 'en']);
    expect(en.stderr).toBe('Merge base not found (shallow clone); checking all files. In CI, fetch the full history (GitHub Actions: `fetch-depth: 0`).\n');
  });
});

describe('check --changed resolving the base', () => {
  it('--base main compares with the stale local branch, so main\'s newer problem shows', async () => {
    const { found, stderr } = await check(stale, ['--changed', '--base', 'main']);
    expect(found).toEqual([`${NEWEST}:4 opd-unknown`]);
    expect(stderr).toMatch(/sejak `main`/);
  });

  it('--base origin/main compares with the remote-tracking branch', async () => {
    const { found, code, stderr } = await check(stale, ['--changed', '--base', 'origin/main']);
    expect(found).toEqual([]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^--changed: 1 berkas berubah sejak `origin\/main`/);
  });

  it('without --base prefers origin/main to a local main, as does a CI target branch', async () => {
    const envs: Record<string, string>[] = [{}, { GITHUB_BASE_REF: 'main' }, { GITHUB_BASE_REF: '' }, { CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main' }];
    for (const env of envs) {
      const { found, stderr } = await check(stale, ['--changed'], env);
      expect(found, JSON.stringify(env)).toEqual([]);
      expect(stderr, JSON.stringify(env)).toMatch(/sejak `origin\/main`/);
    }
  });

  it('--base main falls back to origin/main when there is no local main', async () => {
    const clone = await cloneOf(repo, '--branch', 'usulan');
    const { found, stderr } = await check(clone, ['--changed', '--base', 'main']);
    expect(found).toEqual(BRANCH_PROBLEMS);
    expect(stderr).toMatch(/sejak `origin\/main`/);
  });

  it('a --base that does not exist is a usage error (exit 2)', async () => {
    const { code, stderr } = await check(stale, ['--changed', '--base', 'mian', '--lang', 'en']);
    expect(code).toBe(2);
    expect(stderr).toBe('The `--base` ref `mian` does not exist in the git repository. Check the spelling, or fetch the branch first with `git fetch`.\n');
  });

  it('a CI target branch that does not exist falls back to every file', async () => {
    const { code, stderr, found } = await check(stale, ['--changed'], { CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'develop' });
    expect(stderr).toBe('Cabang dasar tidak ditemukan (dicoba: develop); memeriksa semua berkas. Sebutkan cabangnya dengan `--base <ref>`.\n');
    expect(found).toContain(`${FILES.old}:4 opd-unknown`);
    expect(code).toBe(1);
  });

  it('a history with no common commit falls back to every file', async () => {
    const clone = await cloneOf(repo, '--branch', 'usulan');
    await git(clone, 'checkout', '-q', '--orphan', 'lepas');
    await writeFile(path.join(clone, 'content/initiatives/smart-living/bersih.md'), initiativeMd('Lepas', 'dimension: smart-living\nopd: dishub'));
    await commitAll(clone, 'Riwayat baru');
    const { stderr } = await check(clone, ['--changed', '--lang', 'en']);
    expect(stderr).toBe('HEAD and `origin/main` share no history; checking all files.\n');
  });
});
