/**
 * Typesetting benchmark: the share of loose lines (justified lines whose word spaces
 * stretch past 1.8 times their width, or that are left ragged for it) in the example
 * book and a generated book of 120 initiatives, with hyphenation. Goal: under 3 %.
 * Run with `npx tsx bench/typeset.ts`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBook } from '../src/app/load-book.ts';
import type { TypesetStats } from '../src/render/pdf/typeset-stats.ts';
import { renderPdf } from '../src/render/pdf/index.ts';
import { generateBook } from './generate-book.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GOAL = 0.03;

async function looseShare(cwd: string): Promise<TypesetStats> {
  const { book } = await loadBook({ cwd, content: 'content' });
  const stats: TypesetStats = { justified: 0, loose: 0 };
  await renderPdf(book, { sourceDateEpoch: 1564444800, stats });
  return stats;
}

const dir = await mkdtemp(path.join(os.tmpdir(), 'masterplan-bench-typeset-'));
try {
  await generateBook(dir, 120, path.join(ROOT, 'content'));
  console.log('\ntypesetting: loose justified lines (word spaces over 1.8 × normal), goal under 3 %');
  for (const [name, cwd] of [['example book', ROOT], ['120 initiatives', dir]] as const) {
    const s = await looseShare(cwd);
    const share = s.loose / Math.max(1, s.justified);
    console.log(`  ${name.padEnd(16)} ${String(s.loose).padStart(5)} of ${String(s.justified).padStart(6)} lines  ${(share * 100).toFixed(2)} %  ${share < GOAL ? 'met' : 'MISSED'}`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
