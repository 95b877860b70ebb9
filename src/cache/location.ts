import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Where the content cache lives when `--cache-location` is not given: beside other tools'
 * caches in the book project's `node_modules/.cache/`, else in its own `.cache/` (which
 * the `.gitignore` of `masterplan init` lists). The book project holds the content folder.
 */
export function defaultCacheDir(contentDir: string): string {
  const project = path.dirname(contentDir);
  const modules = path.join(project, 'node_modules');
  return existsSync(modules) ? path.join(modules, '.cache', 'masterplan') : path.join(project, '.cache', 'masterplan');
}

/** The cache file of one content folder: several books may share a cache folder. */
export function cacheFile(dir: string, contentDir: string): string {
  const tag = createHash('sha256').update(contentDir).digest('hex').slice(0, 16);
  return path.join(dir, `content-${tag}.json`);
}
