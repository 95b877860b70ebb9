// Save-to-output time of `masterplan watch` as a user meets it: the CLI in a fresh process
// on a generated book, one initiative edited at a time, timed from the write until the
// output file is rewritten (watch's debounce included, as a user waits for it too).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { generateBook } from './generate-book.ts';

const count = Number(process.argv[2] ?? 1000);
const EDITS = 8;
const ROOT = path.resolve(import.meta.dirname, '..');

/** The CLI's stderr so far, and a way to wait for a text in it. */
function watchCli(dir: string, format: string): { child: ChildProcess; until(text: string, from: number): Promise<void>; length(): number } {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/masterplan.js'), 'watch', '--format', format], { cwd: dir, env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' }, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  const waiters: (() => void)[] = [];
  child.stderr?.on('data', (chunk: Buffer) => {
    err += chunk.toString();
    for (const w of waiters.splice(0)) w();
  });
  const until = (text: string, from: number) =>
    new Promise<void>((resolve, reject) => {
      const probe = () => {
        if (err.indexOf(text, from) >= 0) resolve();
        else if (child.exitCode !== null) reject(new Error(`watch ended: ${err}`));
        else waiters.push(probe);
      };
      probe();
    });
  return { child, until, length: () => err.length };
}

async function initiativeFiles(dir: string): Promise<string[]> {
  const entries = await readdir(path.join(dir, 'content/initiatives'), { recursive: true });
  return entries.filter((e) => e.endsWith('.md')).sort().map((e) => path.join(dir, 'content/initiatives', e));
}

/** Milliseconds from saving `file` until every output's mtime moved past the save. */
async function timeEdit(file: string, outputs: string[], round: number): Promise<number> {
  const before = await Promise.all(outputs.map(async (o) => (await stat(o)).mtimeMs));
  const text = await readFile(file, 'utf8');
  const start = performance.now();
  await writeFile(file, `${text}\nKalimat tambahan nomor ${round} untuk mengukur watch.\n`);
  for (;;) {
    const now = await Promise.all(outputs.map(async (o) => (await stat(o).catch(() => undefined))?.mtimeMs ?? 0));
    if (now.every((m, i) => m > (before[i] ?? 0))) return performance.now() - start;
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function measure(dir: string, format: string, outputs: string[]): Promise<void> {
  const cli = watchCli(dir, format);
  try {
    await cli.until('Memantau', 0);
    const files = await initiativeFiles(dir);
    const times: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const mark = cli.length();
      const file = files[Math.floor(((i + 1) * files.length) / (EDITS + 1))] ?? files[0]!;
      times.push(await timeEdit(file, outputs, i));
      await cli.until('Buku diperbarui', mark);
    }
    const sorted = [...times].sort((a, b) => a - b);
    const median = ((sorted[Math.floor((sorted.length - 1) / 2)] ?? 0) + (sorted[Math.ceil((sorted.length - 1) / 2)] ?? 0)) / 2;
    console.log(`watch  ${count} initiatives, --format ${format}: save → written ${times.map((t) => t.toFixed(0)).join(' / ')} ms (median ${median.toFixed(0)} ms)`);
  } finally {
    cli.child.kill('SIGINT');
    await new Promise((r) => cli.child.once('exit', r));
  }
}

/** Build once, so the outputs exist (named after the book) before the watch starts. */
async function buildOnce(dir: string): Promise<{ html: string; pdf: string }> {
  await new Promise<void>((resolve) => spawn(process.execPath, [path.join(ROOT, 'bin/masterplan.js'), 'build'], { cwd: dir, env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' }, stdio: 'ignore' }).once('exit', () => resolve()));
  const written = await readdir(path.join(dir, 'dist'));
  const find = (ext: string) => path.join(dir, 'dist', written.find((f) => f.endsWith(ext)) ?? `missing${ext}`);
  return { html: find('.html'), pdf: find('.pdf') };
}

const dir = await mkdtemp(path.join(os.tmpdir(), 'masterplan-bench-watch-'));
try {
  await generateBook(dir, count, path.join(ROOT, 'content'));
  const { html, pdf } = await buildOnce(dir);
  await measure(dir, 'html', [html]);
  await measure(dir, 'pdf,html', [pdf, html]);
} finally {
  await rm(dir, { recursive: true, force: true });
}
