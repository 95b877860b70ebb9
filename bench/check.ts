// Time and peak memory of `check` (loadBook: read, parse, validate, assemble) on a generated book.
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { mkdtemp } from 'node:fs/promises';
import { loadBook } from '../src/app/load-book.ts';
import { generateBook } from './generate-book.ts';

const count = Number(process.argv[2] ?? 1000);
const dir = await mkdtemp(path.join(os.tmpdir(), 'masterplan-bench-check-'));
try {
  await generateBook(dir, count);
  // One warm-up run loads the modules and fonts, as a second `check` in CI would not need to.
  const cold = performance.now();
  await loadBook({ cwd: dir });
  const coldMs = performance.now() - cold;
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    const result = await loadBook({ cwd: dir });
    runs.push(performance.now() - start);
    if (result.errors > 0) throw new Error(`generated book has ${result.errors} errors`);
  }
  const best = Math.min(...runs);
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(`check  ${count} initiatives: first run ${coldMs.toFixed(0)} ms, best of 3 ${best.toFixed(0)} ms, peak RSS ${peakMb.toFixed(0)} MB`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
