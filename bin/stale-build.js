// Whether lib/ was built from the src/ in this checkout: a key of every source file's name,
// size and modification time, compared with the one the build wrote. Only stat calls, so
// bin/masterplan.js can ask on every run at the cost of a few milliseconds. In an installed
// package there is no src/, and nothing is ever stale.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const SRC = path.join(ROOT, 'src');
export const LIB = path.join(ROOT, 'lib');
export const STAMP = path.join(LIB, '.source-stamp');

/**
 * Every file under `dir`, walked folder by folder: Node 20's `readdirSync(…, { recursive })`
 * takes some 15 ms here, the walk 1 ms, and every start of the command in a checkout pays it.
 */
function filesUnder(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) filesUnder(full, out);
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

/** One line per source file: its path, size and modification time. */
export function sourceKey() {
  return filesUnder(SRC)
    .sort()
    .map((file) => {
      const info = statSync(file);
      // Not path.relative: it resolves both paths again for every file, a third of the whole cost.
      return `${file.slice(SRC.length + 1)}\t${info.size}\t${info.mtimeMs}`;
    })
    .join('\n');
}

/** lib/ is missing, or src/ changed since it was built. */
export function isStale() {
  if (!existsSync(SRC)) return false;
  try {
    return readFileSync(STAMP, 'utf8') !== sourceKey();
  } catch {
    return true;
  }
}
