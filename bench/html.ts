// Time and output size of the HTML edition (renderHtml) for a generated book; aim: under 3 s for 1,000 initiatives.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadBook } from '../src/app/load-book.ts';
import { renderHtml } from '../src/render/html/index.ts';
import { generateBook } from './generate-book.ts';

const count = Number(process.argv[2] ?? 1000);
const dir = await mkdtemp(path.join(os.tmpdir(), 'masterplan-bench-html-'));
try {
  await generateBook(dir, count);
  const { book, errors } = await loadBook({ cwd: dir });
  if (errors > 0) throw new Error(`generated book has ${errors} errors`);
  // The first run also loads and compiles the unified/parse5 modules, as one `build` does.
  const cold = performance.now();
  const first = await renderHtml(book);
  const coldMs = performance.now() - cold;
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    await renderHtml(book);
    runs.push(performance.now() - start);
  }
  const bytes = Buffer.byteLength(first.html);
  const gzip = gzipSync(first.html).length;
  const assetBytes = first.assets.reduce((sum, a) => sum + a.data.length, 0);
  const mb = (n: number) => (n / 1024 / 1024).toFixed(2);
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(
    `html   ${count} initiatives: first run ${coldMs.toFixed(0)} ms, best of 3 ${Math.min(...runs).toFixed(0)} ms; ` +
      `buku-satu.html ${mb(bytes)} MB (${mb(gzip)} MB gzipped), ${first.assets.length} assets ${mb(assetBytes)} MB, peak RSS ${peakMb.toFixed(0)} MB`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
