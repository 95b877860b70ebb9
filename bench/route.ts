// A full build of 200 initiatives (PDF and HTML) against the route a city could take
// instead: pandoc to one HTML page, then Chromium's print to PDF. Fresh processes, in turn
// (A C B A C B …); the first round apart (no cache yet), the median of the rest as warm
// (the cache of the rounds before: parsed files, shaped words, articles' HTML), and the
// build with --no-cache on its own line. Skipped, with a note, when pandoc or Chromium is
// not installed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { median, timeProcess, type Timed } from './fresh-process.ts';
import { generateBook } from './generate-book.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const COUNT = Number(process.argv[2] ?? 200);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const BIN = path.join(ROOT, 'bin/masterplan.js');
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
const PANDOC = spawnSync('pandoc', ['--version'], { stdio: 'ignore' }).status === 0;

/** Every Markdown file of the book in reading order: front, dimension introductions, initiatives, back. */
function markdownFiles(content: string): string[] {
  const under = (dir: string) => (existsSync(path.join(content, dir)) ? readdirSync(path.join(content, dir), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).sort().map((f) => path.join(dir, f)) : []);
  return [...under('front'), ...under('dimensions'), ...under('initiatives'), ...under('back')];
}

if (!PANDOC || !CHROMIUM) {
  console.log(`route     skipped: the pandoc + Chromium route needs ${[PANDOC ? '' : 'pandoc', CHROMIUM ? '' : 'Chromium'].filter(Boolean).join(' and ')} installed`);
} else {
  spawnSync(process.execPath, [BIN, '--version'], { stdio: 'ignore' });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'masterplan-bench-route-'));
  try {
    const content = await generateBook(dir, COUNT, path.join(ROOT, 'content'));
    const files = markdownFiles(content);
    const route = `pandoc -s -f gfm+yaml_metadata_block --metadata title=Masterplan -o route.html ${files.map((f) => `'content/${f}'`).join(' ')} && ${CHROMIUM} --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-pdf-header-footer --print-to-pdf=route.pdf route.html`;
    const A: Timed[] = [];
    const B: Timed[] = [];
    const C: Timed[] = [];
    for (let round = 0; round <= ROUNDS; round++) {
      A.push(timeProcess(process.execPath, [BIN, 'build', '--out', 'dist'], dir));
      C.push(timeProcess(process.execPath, [BIN, 'build', '--no-cache', '--out', 'dist-cold'], dir));
      B.push(timeProcess('sh', ['-c', route], dir));
    }
    const ms = (x: number) => `${x.toFixed(0).padStart(5)} ms`;
    const warm = (xs: Timed[]) => median(xs.slice(1).map((x) => x.wall));
    const cpu = (xs: Timed[]) => median(xs.slice(1).flatMap((x) => (x.cpu === undefined ? [] : [x.cpu])));
    const ratio = (xs: Timed[]) => median(xs.slice(1).map((x, i) => x.wall / B[i + 1]!.wall));
    console.log(`route     ${COUNT} initiatives, fresh processes, first round apart, warm = median of ${ROUNDS} (wall; CPU = user + sys)`);
    console.log(`  masterplan build (PDF + HTML)          first ${ms(A[0]!.wall)}  warm ${ms(warm(A))}, CPU ${ms(cpu(A))}  (warm: with the cache)`);
    console.log(`  masterplan build --no-cache            first ${ms(C[0]!.wall)}  warm ${ms(warm(C))}, CPU ${ms(cpu(C))}`);
    console.log(`  pandoc → HTML, Chromium → PDF          first ${ms(B[0]!.wall)}  warm ${ms(warm(B))}, CPU ${ms(cpu(B))}`);
    console.log(`  ratio (paired, wall)                   ${ratio(A).toFixed(2)} × the route  (target ≤ 0.5: ${ratio(A) <= 0.5 ? 'met' : 'MISSED'})`);
    console.log(`  ratio --no-cache (paired, wall)        ${ratio(C).toFixed(2)} × the route`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
