/**
 * PDF benchmark: generated books of 200 and 1,000 initiatives, each measured in a
 * fresh child process (so peak memory belongs to one size), loadBook + renderPdf.
 * Prints figures only; no assertions. Run with `npx tsx bench/pdf.ts`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateBook } from './generate-book.ts';

const SIZES = [200, 1000];
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Figures {
  initiatives: number;
  pages: number;
  bytes: number;
  loadMs: number;
  renderMs: number;
  cpuMs: number;
  peakRssMb: number;
}

/** In the child: load and render one book, sampling the resident set size. */
async function measure(dir: string, count: number): Promise<Figures> {
  const { loadBook } = await import('../src/app/load-book.ts');
  const { renderPdf } = await import('../src/render/pdf/index.ts');
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const { book } = await loadBook({ cwd: dir, content: 'content' });
  const t1 = performance.now();
  const pdf = await renderPdf(book, { sourceDateEpoch: 1564444800 });
  const t2 = performance.now();
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
  const used = process.cpuUsage(cpu);
  const pages = (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
  return { initiatives: count, pages, bytes: pdf.length, loadMs: t1 - t0, renderMs: t2 - t1, cpuMs: (used.user + used.system) / 1000, peakRssMb: peak / 2 ** 20 };
}

function print(f: Figures): void {
  const total = (f.loadMs + f.renderMs) / 1000;
  console.log(
    `${String(f.initiatives).padStart(5)} initiatives  ${String(f.pages).padStart(5)} pages  ${(f.bytes / 2 ** 20).toFixed(1).padStart(5)} MB PDF  ` +
      `load ${(f.loadMs / 1000).toFixed(2)} s + render ${(f.renderMs / 1000).toFixed(2)} s = ${total.toFixed(2)} s  (CPU ${(f.cpuMs / 1000).toFixed(2)} s)  peak RSS ${f.peakRssMb.toFixed(0)} MB`,
  );
}

async function main(): Promise<void> {
  const [mode, dir, count] = process.argv.slice(2);
  if (mode === '--child') {
    process.stdout.write(JSON.stringify(await measure(dir!, Number(count))));
    return;
  }
  console.log(`PDF benchmark (node ${process.version}, ${os.cpus().length} CPUs, load average ${os.loadavg()[0]!.toFixed(1)})`);
  for (const size of SIZES) {
    const dir = await mkdtemp(path.join(os.tmpdir(), `masterplan-bench-pdf-${size}-`));
    try {
      await generateBook(dir, size, path.join(ROOT, 'content'));
      const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', dir, String(size)], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 });
      print(JSON.parse(out) as Figures);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}

await main();
