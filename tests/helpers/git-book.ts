import { rm } from 'node:fs/promises';
import path from 'node:path';
import { tempDir } from './cli.ts';
import { commitAll, copyExampleBook, git, initRepo, writeFiles } from './git-repo.ts';

const created: string[] = [];

/** A temporary folder that `removeScratch` deletes after the tests. */
export async function scratch(prefix: string): Promise<string> {
  const dir = await tempDir(prefix);
  created.push(dir);
  return dir;
}

/** Delete every folder made with `scratch` (and the repositories and clones in them). */
export async function removeScratch(): Promise<void> {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

const SECTIONS = '## Latar Belakang\n\nTeks.\n\n## Tujuan\n\nTeks.\n';

/** An initiative of the example book, valid unless the extra lines break it. */
export function initiativeMd(title: string, lines: string): string {
  return `---\ntitle: ${title}\n${lines}\n---\n${SECTIONS}`;
}

/** Paths (relative to the repository) of the files the scenario plants. */
export const FILES = {
  /** On main before the branch: an unknown OPD, a problem the pull request did not cause. */
  old: 'content/initiatives/smart-living/warisan-lama.md',
  /** Added on main after the branch left it. */
  later: 'content/initiatives/smart-living/sesudah-cabang.md',
  /** On the branch: a year outside the book period. */
  invalid: 'content/initiatives/smart-economy/usulan-rusak.md',
  /** On the branch: takes the id of the unchanged `tanjak.md`. */
  duplicate: 'content/initiatives/smart-economy/tanjak-ekonomi.md',
  /** Its unchanged other side. */
  tanjak: 'content/initiatives/smart-governance/tanjak.md',
  /** On the branch, valid. */
  valid: 'content/initiatives/smart-economy/usulan-baik.md',
  /** Not committed: an unknown key (Indonesian name). */
  untracked: 'content/initiatives/smart-society/draf-baru.md',
} as const;

const OLD = initiativeMd('Inisiatif Warisan', 'dimension: smart-living\nopd: dinas-yang-tidak-ada');
const LATER = initiativeMd('Inisiatif Sesudah Cabang', 'dimension: smart-living\nopd: dinas-lain-yang-tidak-ada');
const INVALID = initiativeMd('Usulan Pasar Ikan Daring', 'dimension: smart-economy\nopd: disdagin\nstart_year: 2031');
const DUPLICATE = initiativeMd('Tanjak untuk UMKM', 'id: tanjak\ndimension: smart-economy\nopd: diskominfo');
const VALID = initiativeMd('Usulan Galeri UMKM', 'dimension: smart-economy\nopd: disdagin');
const UNTRACKED = initiativeMd('Draf Sekolah Pesisir', 'dimension: smart-society\nopd: disdik\nanggaran: 1000000');

/**
 * A repository holding the example book: `main` with one planted problem, a branch
 * `usulan` that adds an invalid initiative, a duplicate id and a valid one, then one
 * more commit on `main` after the branch left it. `usulan` is checked out.
 */
export async function bookRepository(): Promise<string> {
  const dir = await initRepo(path.join(await scratch('masterplan-git-'), 'buku'));
  await copyExampleBook(dir);
  await writeFiles(dir, { [FILES.old]: OLD });
  await commitAll(dir, 'Buku Satu dengan satu masalah lama');
  await git(dir, 'checkout', '-q', '-b', 'usulan');
  await writeFiles(dir, { [FILES.invalid]: INVALID, [FILES.duplicate]: DUPLICATE });
  await commitAll(dir, 'Usulan Dinas Perdagangan');
  await writeFiles(dir, { [FILES.valid]: VALID });
  await commitAll(dir, 'Usulan kedua');
  await git(dir, 'checkout', '-q', 'main');
  await writeFiles(dir, { [FILES.later]: LATER });
  await commitAll(dir, 'Inisiatif lain di main');
  await git(dir, 'checkout', '-q', 'usulan');
  return dir;
}

/** Add the untracked draft that a staffer checks before committing. */
export async function addUntrackedDraft(dir: string): Promise<void> {
  await writeFiles(dir, { [FILES.untracked]: UNTRACKED });
}

/** A clone of `source` in a fresh temporary folder (extra `git clone` options first). */
export async function cloneOf(source: string, ...options: string[]): Promise<string> {
  const dir = path.join(await scratch('masterplan-clone-'), 'klon');
  await git(path.dirname(dir), 'clone', '-q', ...options, source, dir);
  return dir;
}

/** One diagnostic as `file:line rule`, for exact comparisons that stay readable. */
export function brief(d: { file: string; line: number; rule: string }): string {
  return `${d.file}:${d.line} ${d.rule}`;
}

/** The problems the branch `usulan` causes: its invalid file and both sides of the duplicate id. */
export const BRANCH_PROBLEMS = [
  `${FILES.duplicate}:3 duplicate-id`,
  `${FILES.invalid}:5 year-outside-period`,
  `${FILES.tanjak}:1 duplicate-id`,
];
