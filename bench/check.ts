// `check` of a generated book as a user meets it: a fresh `node bin/masterplan.js` process per
// run. Cold is without a cache (`--no-cache`); cached is the re-check of an unchanged book;
// `--changed` has one file changed on a branch, without a cache. The commands run in turn
// (A B C D A B C D …) so a drift of the machine's speed touches all alike; the first round
// is shown apart (files not yet in the system's cache), the median of the rest as warm.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { median, timeProcess, type Timed } from './fresh-process.ts';
import { generateBook } from './generate-book.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const COUNT = Number(process.argv[2] ?? 1000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const BIN = path.join(ROOT, 'bin/masterplan.js');
/** Not in a CI's format, and git without the user's configuration. */
const ENV = { ...process.env, GITHUB_ACTIONS: '', GITLAB_CI: '', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: os.devNull, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.invalid', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.invalid' };

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env: ENV, stdio: 'ignore' });

/** The generated book in a repository: `main`, then a branch that changes one initiative. */
async function bookRepository(dir: string): Promise<void> {
  const content = await generateBook(dir, COUNT, path.join(ROOT, 'content'));
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'buku');
  git(dir, 'checkout', '-q', '-b', 'usulan');
  const file = path.join(content, 'initiatives', 'smart-branding', 'inisiatif-uji-1.md');
  await writeFile(file, (await readFile(file, 'utf8')).replace('Meningkatkan mutu', 'Menaikkan mutu'));
  git(dir, 'commit', '-q', '-a', '-m', 'ubah satu');
}

/** Wall and CPU time of one fresh `masterplan` process, in ms; it must find no problem (exit code 0). */
const time = (cwd: string, args: readonly string[]): Timed => timeProcess(process.execPath, [BIN, ...args], cwd, ENV);

// lib/ up to date before anything is timed (the checkout's bin/masterplan.js rebuilds a stale one).
spawnSync(process.execPath, [BIN, '--version'], { stdio: 'ignore' });
const dir = await mkdtemp(path.join(os.tmpdir(), 'masterplan-bench-check-'));
const cacheDir = path.join(dir, 'cache');
try {
  await bookRepository(dir);
  const RUNS = {
    cold: { label: 'check --no-cache (cold, no cache)', target: 2000, args: ['check', '--no-cache'] },
    first: { label: 'check, empty cache (writes it)', target: undefined, args: ['check', '--cache-location', cacheDir], before: () => rm(cacheDir, { recursive: true, force: true }) },
    cached: { label: 'check, unchanged, cache warm', target: 300, args: ['check', '--cache-location', cacheDir] },
    changed: { label: 'check --changed, 1 file changed, no cache', target: 1000, args: ['check', '--changed', '--base', 'main', '--no-cache'] },
  } as const;
  type Name = keyof typeof RUNS;
  const runs = Object.fromEntries(Object.keys(RUNS).map((k) => [k, [] as { wall: number; cpu?: number }[]])) as Record<Name, { wall: number; cpu?: number }[]>;
  for (let round = 0; round <= ROUNDS; round++) {
    for (const name of Object.keys(RUNS) as Name[]) {
      const run = RUNS[name];
      if ('before' in run) await run.before();
      runs[name].push(time(dir, run.args));
    }
  }
  const ms = (x: number) => `${x.toFixed(0).padStart(5)} ms`;
  console.log(`check     ${COUNT} initiatives, fresh processes of bin/masterplan.js, first round apart, warm = median of ${ROUNDS} rounds (wall; CPU = user + sys)`);
  for (const name of Object.keys(RUNS) as Name[]) {
    const { label, target } = RUNS[name];
    const [first, ...rest] = runs[name];
    const warm = median(rest.map((r) => r.wall));
    const cpus = rest.flatMap((r) => (r.cpu === undefined ? [] : [r.cpu]));
    const cpu = cpus.length > 0 ? `, CPU ${ms(median(cpus))}` : '';
    const verdict = target === undefined ? '' : `  (target ≤ ${target} ms wall: ${warm <= target ? 'met' : 'MISSED'})`;
    console.log(`  ${label.padEnd(42)} first ${ms(first!.wall)}  warm ${ms(warm)}${cpu}${verdict}`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
