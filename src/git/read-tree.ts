import path from 'node:path';
import { classify, displayPath, type SourceFile } from '../content/source.ts';
import type { ReadResult } from '../pipeline/read.ts';
import type { Repository } from './repository.ts';
import { runGit, runGitBytes, splitNul } from './run-git.ts';

/** One file of a commit's tree: its path from the repository root and its blob. */
interface TreeEntry {
  name: string;
  blob: string;
}

/** The content folder as a path from the repository root, with `/` (empty for the root itself). */
export function repoPath(repo: Repository, dir: string): string {
  return path.relative(repo.root, dir).split(path.sep).join('/');
}

/** Would the folder walk of `read` pick this file (book.yml, or Markdown outside hidden folders)? */
function wanted(rel: string): boolean {
  const parts = rel.split('/');
  if (parts.some((p) => p.startsWith('.') || p === 'node_modules')) return false;
  return rel === 'book.yml' || rel.endsWith('.md');
}

/** Blobs under `prefix` at `commit` (links and submodules left out, as the walk cannot read them either). */
async function listTree(repo: Repository, commit: string, prefix: string): Promise<TreeEntry[] | undefined> {
  const args = ['--literal-pathspecs', 'ls-tree', '-r', '-z', '--full-tree', commit, '--', prefix === '' ? '.' : prefix];
  const listed = await runGit(args, repo.root);
  if (!listed.ok) return undefined;
  const out: TreeEntry[] = [];
  for (const line of splitNul(listed.stdout)) {
    const match = /^(\d+) blob ([0-9a-f]+)\t(.*)$/s.exec(line);
    if (match && match[1] !== '120000') out.push({ blob: match[2]!, name: match[3]! });
  }
  return out;
}

/** Read blobs with one `git cat-file --batch`: its output is `<sha> blob <size>\n<bytes>\n` per blob. */
export async function readBlobs(repo: Repository, blobs: readonly string[]): Promise<Buffer[] | undefined> {
  if (blobs.length === 0) return [];
  const out = await runGitBytes(['cat-file', '--batch'], repo.root, blobs.map((b) => `${b}\n`).join(''));
  if (!out) return undefined;
  const contents: Buffer[] = [];
  let at = 0;
  for (let n = 0; n < blobs.length; n++) {
    const eol = out.indexOf(0x0a, at);
    if (eol < 0) return undefined;
    const size = /^[0-9a-f]+ blob (\d+)$/.exec(out.subarray(at, eol).toString('utf8'))?.[1];
    if (size === undefined) return undefined;
    const start = eol + 1;
    contents.push(out.subarray(start, start + Number(size)));
    at = start + Number(size) + 1;
  }
  return contents;
}

/**
 * The content folder as it was at `commit`, read from git without touching the working
 * tree: book.yml and every Markdown file, placed where they would be on disk, so files
 * are named as `check` names them today. Undefined when git cannot list the commit;
 * no `book` when the folder had no book.yml then.
 */
export async function readAtCommit(repo: Repository, commit: string, where: { contentDir: string; real: string; cwd: string }): Promise<ReadResult | undefined> {
  const { contentDir, cwd } = where;
  // git names files from its real top folder: the prefix comes from the real content folder.
  const prefix = repoPath(repo, where.real);
  const entries = await listTree(repo, commit, prefix);
  if (!entries) return undefined;
  const inside = entries
    .map((e) => ({ ...e, rel: prefix === '' ? e.name : e.name.slice(prefix.length + 1) }))
    .filter((e) => (prefix === '' || e.name.startsWith(`${prefix}/`)) && wanted(e.rel))
    .sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  const bytes = await readBlobs(repo, inside.map((e) => e.blob));
  if (!bytes) return undefined;
  const files: SourceFile[] = inside.map((e, n) => {
    const full = path.join(contentDir, ...e.rel.split('/'));
    return { path: full, display: displayPath(cwd, full), rel: e.rel, kind: classify(e.rel), bytes: bytes[n]! };
  });
  const book = files.find((f) => f.kind === 'book');
  return { contentDir, ...(book ? { book } : {}), files: files.filter((f) => f.kind !== 'book') };
}
