// Wall time and peak memory of a full `build` (PDF + HTML) as a user runs it: a fresh CLI process
// on a generated book. 1,000 initiatives always; 10,000 (a national compilation, several minutes)
// with MASTERPLAN_BENCH_10K=1. Aim (issue 13): 10,000 in at most 1.5 GB and 11 × the time of 1,000.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { generateBook } from './generate-book.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
// The child reports its own peak resident memory when it ends (spawnSync gives no rusage).
const REPORT = "data:text/javascript,process.on('exit',()=>process.getBuiltinModule('node:fs').writeFileSync(process.env.MASTERPLAN_BENCH_RSS,String(process.resourceUsage().maxRSS)))";

/** Build a generated book of `count` initiatives in a fresh process: seconds and peak RSS in MB. */
async function build(count: number): Promise<{ seconds: number; peakMb: number }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'masterplan-bench-build-'));
  try {
    await generateBook(dir, count);
    const rss = path.join(dir, 'rss.txt');
    const start = performance.now();
    const run = spawnSync(process.execPath, ['--import', REPORT, path.join(ROOT, 'bin', 'masterplan.js'), 'build', '--out', 'dist'], { cwd: dir, env: { ...process.env, MASTERPLAN_BENCH_RSS: rss, CI: 'true' }, encoding: 'utf8' });
    const seconds = (performance.now() - start) / 1000;
    if (run.status !== 0) throw new Error(`build of ${count} failed: ${run.stderr}`);
    return { seconds, peakMb: Number(await readFile(rss, 'utf8')) / 1024 };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// Built once before timing, so a stale lib/ is not rebuilt inside the first measurement.
spawnSync(process.execPath, [path.join(ROOT, 'bin', 'masterplan.js'), '--version'], { stdio: 'ignore' });
const counts = process.env.MASTERPLAN_BENCH_10K === '1' ? [1000, 10_000] : [1000];
const results = new Map<number, { seconds: number; peakMb: number }>();
for (const count of counts) {
  const r = await build(count);
  results.set(count, r);
  console.log(`build  ${count} initiatives (fresh CLI, PDF + HTML): ${r.seconds.toFixed(1)} s wall, peak RSS ${r.peakMb.toFixed(0)} MB`);
}
const small = results.get(1000);
const large = results.get(10_000);
if (small && large) console.log(`build  10,000 vs 1,000: ${(large.seconds / small.seconds).toFixed(1)} × the time (aim ≤ 11), peak ${(large.peakMb / 1024).toFixed(2)} GB (aim ≤ 1.5)`);
else console.log('build  10,000 initiatives: set MASTERPLAN_BENCH_10K=1 (several minutes)');
