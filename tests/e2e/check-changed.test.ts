import { spawn } from 'node:child_process';
import { execFile } from 'node:child_process';
import { mkdir, writeFile, appendFile, realpath } from 'node:fs/promises';
import { promisify } from 'node:util';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { ROOT, runCli } from '../helpers/cli.ts';
import { addUntrackedDraft, bookRepository, BRANCH_PROBLEMS, brief, cloneOf, FILES, removeScratch, scratch } from '../helpers/git-book.ts';
import { commitAll, copyExampleBook, git, initRepo, isolateGit } from '../helpers/git-repo.ts';

/** Give a folder and everything in it to another user (node's fs has no recursive chown). */
const giveAway = async (dir: string, owner: string): Promise<void> => void (await promisify(execFile)('chown', ['-R', owner, dir]));

interface Report {
  errors: number;
  diagnostics: Diagnostic[];
}

async function check(cwd: string, ...args: string[]): Promise<{ code: number; stderr: string; found: string[]; report: Report }> {
  const result = await runCli(['check', '--format', 'json', ...args], cwd);
  const report = JSON.parse(result.stdout) as Report;
  return { code: result.code, stderr: result.stderr, found: report.diagnostics.map(brief), report };
}

let repo: string;

beforeAll(async () => {
  isolateGit();
  repo = await bookRepository();
  await addUntrackedDraft(repo);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await removeScratch();
});

describe('check --changed on a branch with uncommitted work', () => {
  it('reports the changed files, the untracked draft and both sides of the duplicate id, nothing older', async () => {
    const { code, stderr, found, report } = await check(repo, '--changed');
    expect(found).toEqual([...BRANCH_PROBLEMS, `${FILES.untracked}:5 unknown-key`]);
    expect(report.errors).toBe(4);
    expect(report.diagnostics.every((d) => !('related' in d))).toBe(true);
    expect(stderr).toBe('--changed: 4 berkas berubah sejak `main` (basis perbandingan ' + (await git(repo, 'merge-base', 'main', 'HEAD')).slice(0, 7) + ').\n');
    expect(code).toBe(1);
  });

  it('still sees the planted problem on main without --changed', async () => {
    const { found } = await check(repo);
    expect(found).toContain(`${FILES.old}:4 opd-unknown`);
    expect(found).not.toContain(`${FILES.later}:4 opd-unknown`);
  });

  it('works from a subfolder, naming files relative to it', async () => {
    const { found, stderr } = await check(path.join(repo, 'content'), '--changed', '--content', '.', '--lang', 'en');
    expect(found).toEqual([...BRANCH_PROBLEMS, `${FILES.untracked}:5 unknown-key`].map((line) => line.replace(/^content\//, '')));
    expect(stderr).toMatch(/^--changed: 4 files changed since `main` \(merge base [0-9a-f]{7}\)\.\n$/);
  });

  it('narrows further to the files named on the command line', async () => {
    const { found } = await check(repo, '--changed', FILES.invalid, FILES.old);
    expect(found).toEqual([`${FILES.invalid}:5 year-outside-period`]);
  });

  it('takes --base alone as --changed', async () => {
    const { found } = await check(repo, '--base', 'main');
    expect(found).toEqual([...BRANCH_PROBLEMS, `${FILES.untracked}:5 unknown-key`]);
  });
});

describe('check --changed in other states of the working tree', () => {
  it('exits 0 when the changed files are clean, although main has an error', async () => {
    const clone = await cloneOf(repo, '--branch', 'main');
    await git(clone, 'checkout', '-q', '-b', 'rapi');
    await writeFile(path.join(clone, 'content/initiatives/smart-economy/galeri.md'), '---\ntitle: Galeri Produk Lokal\ndimension: smart-economy\nopd: disdagin\n---\n## Latar Belakang\n\nTeks.\n\n## Tujuan\n\nTeks.\n');
    const { code, found } = await check(clone, '--changed');
    expect(found).toEqual([]);
    expect(code).toBe(0);
    expect((await check(clone)).code).toBe(1);
  });

  it('reports an old file once it is edited, staged or not', async () => {
    const clone = await cloneOf(repo, '--branch', 'main');
    await appendFile(path.join(clone, FILES.old), '\nSatu kalimat lagi.\n');
    expect((await check(clone, '--changed')).found).toEqual([`${FILES.old}:4 opd-unknown`]);
    await git(clone, 'add', FILES.old);
    expect((await check(clone, '--changed')).found).toEqual([`${FILES.old}:4 opd-unknown`]);
  });

  it('reports every problem when book.yml changed, and says why', async () => {
    const clone = await cloneOf(repo, '--branch', 'usulan');
    await appendFile(path.join(clone, 'content/book.yml'), '\n# catatan koordinator\n');
    const { found, stderr } = await check(clone, '--changed');
    expect(found).toEqual(expect.arrayContaining([...BRANCH_PROBLEMS, `${FILES.old}:4 opd-unknown`]));
    expect(stderr).toContain('content/book.yml berubah dan semua berkas bergantung padanya: semua masalah dilaporkan.');
  });
});

describe('check --changed without git to ask', () => {
  it('outside a repository: says so and checks every file, exit code from the diagnostics', async () => {
    const dir = await scratch('masterplan-nogit-');
    await copyExampleBook(dir);
    await mkdir(path.join(dir, 'content/initiatives/lain'), { recursive: true });
    await writeFile(path.join(dir, 'content/initiatives/lain/rusak.md'), '---\ntitle: Rusak\ndimension: smart-economy\nopd: entah\n---\n## Latar Belakang\n\nTeks.\n\n## Tujuan\n\nTeks.\n');
    const { code, stderr, found } = await check(dir, '--changed');
    expect(stderr).toBe('`content` tidak berada di dalam repositori git, jadi berkas yang berubah tidak dapat diketahui; memeriksa semua berkas.\n');
    expect(found).toEqual(['content/initiatives/lain/rusak.md:4 opd-unknown']);
    expect(code).toBe(1);
  });

  // git refuses a repository another user owns (a checkout mounted into a container) until
  // safe.directory names it: that refusal is reported as what it is, with the fix.
  it.skipIf(process.getuid?.() !== 0)('in a repository another user owns: names the refusal and the safe.directory fix', async () => {
    const dir = await scratch('masterplan-owner-');
    await initRepo(dir);
    await copyExampleBook(dir);
    await commitAll(dir, 'buku');
    await giveAway(dir, '65534:65534');
    const { code, stderr } = await check(dir, '--changed');
    expect(stderr).toContain('dubious ownership');
    expect(stderr).toContain(`git config --global --add safe.directory ${await realpath(dir)}`);
    expect(stderr).not.toContain('tidak berada di dalam repositori git');
    expect(code).toBe(0);
  });

  it('without git on PATH: says so in English and checks every file', async () => {
    const empty = await scratch('masterplan-path-');
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/masterplan.js'), 'check', '--changed', '--lang', 'en', '--format', 'json'], {
      cwd: repo,
      env: { ...process.env, PATH: empty },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('git was not found (install it or add it to PATH), so the changed files are unknown; checking all files.\n');
    expect((JSON.parse(stdout) as Report).diagnostics.map(brief)).toContain(`${FILES.old}:4 opd-unknown`);
    expect(code).toBe(1);
  });
});
