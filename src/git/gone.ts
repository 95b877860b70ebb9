import { existsSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { displayPath } from '../content/source.ts';
import type { Repository } from './repository.ts';
import { readBlobs } from './read-tree.ts';

/** An initiative file the branch deleted or renamed, and the id it had at the base. */
export interface GoneInitiative {
  /** Display path of the old file (relative to the working directory). */
  file: string;
  id: string;
}

/** The `id:` of a frontmatter block, else the file name without `.md` (the default id). */
export function idOf(text: string, file: string): string {
  const front = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const written = /^id:[ \t]*["']?([A-Za-z0-9-]+)["']?[ \t]*(?:#.*)?$/m.exec(front)?.[1];
  return written ?? path.basename(file, '.md');
}

/**
 * Of the changed files (absolute, under `dir`), the initiatives that are gone from the
 * working tree, with the ids they had at `commit`: a `#id` link elsewhere may still
 * point at them. One `git cat-file --batch` reads them all.
 */
export async function goneInitiatives(repo: Repository, commit: string, dir: string, files: readonly string[], cwd: string): Promise<GoneInitiative[]> {
  const gone = files.filter((f) => f.endsWith('.md') && path.relative(dir, f).split(path.sep)[0] === 'initiatives' && !existsSync(f));
  if (gone.length === 0) return [];
  const names = gone.map((f) => `${commit}:${path.relative(repo.root, f).split(path.sep).join('/')}`);
  const texts = await readBlobs(repo, names);
  if (!texts) return [];
  // The changed files are real paths: name them from the real working directory, as check does.
  const from = await realpath(cwd).catch(() => path.resolve(cwd));
  return gone.map((f, n) => ({ file: displayPath(from, f), id: idOf(texts[n]!.toString('utf8'), f) }));
}
