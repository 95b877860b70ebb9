import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyFixture, ROOT } from '../helpers/cli.ts';
import { wantsWatchProcess } from '../../bin/watch-process.js';

// `masterplan watch` as a terminal starts it: the command hands the session to a child
// process with a larger young generation (bin/watch-process.js). These drive that pair.
const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/stats/content');
const PORTAL = 'content/initiatives/smart-governance/portal.md';
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function waitFor(what: string, probe: () => Promise<boolean> | boolean, timeout = 30_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The processes whose parent is `pid`, with their command lines. */
function childrenOf(pid: number): { pid: number; args: string }[] {
  let out = '';
  try {
    out = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(pid)], { encoding: 'utf8' });
  } catch {
    // ps exits 1 when there is no such process.
  }
  return out
    .split('\n')
    .map((line) => line.trim().match(/^(\d+)\s+(.*)$/))
    .filter((m): m is RegExpMatchArray => m !== null)
    .map((m) => ({ pid: Number(m[1]), args: m[2]! }));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function startWatch(): Promise<{ dir: string; child: ChildProcess; err: () => string; exit: Promise<number | null> }> {
  const dir = await copyFixture(FIXTURE, 'masterplan-watch-process-');
  dirs.push(dir);
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/masterplan.js'), 'watch', '--format', 'html'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await waitFor('the watcher', () => err.includes('Memantau content/'));
  return { dir, child, err: () => err, exit };
}

describe('the process `masterplan watch` runs in', () => {
  it('rebuilds in a child with room for short-lived objects, and Ctrl-C stops both cleanly', async () => {
    const { dir, child, err, exit } = await startWatch();
    const [worker] = childrenOf(child.pid!);
    expect(worker?.args).toContain('--max-semi-space-size=64');
    expect(worker?.args).toContain('watch');

    const source = await readFile(path.join(dir, PORTAL), 'utf8');
    await writeFile(path.join(dir, PORTAL), source.replace('title: Inisiatif portal', 'title: Portal Dari Proses Anak'));
    await waitFor('the rebuilt page', async () => (await readFile(path.join(dir, 'dist/buku-satu.html'), 'utf8')).includes('Portal Dari Proses Anak'));

    child.kill('SIGINT');
    expect(await exit).toBe(0);
    expect(err()).toContain('Berhenti.');
    // Stopped once: no trace of a second interrupt, no stack.
    expect(err()).not.toMatch(/\n\s+at /);
    await waitFor('the child to end', () => !alive(worker!.pid), 5_000);
  }, 60_000);

  it('ends when its parent is killed outright: no watcher is left behind', async () => {
    const { child, exit } = await startWatch();
    const [worker] = childrenOf(child.pid!);
    expect(worker).toBeDefined();
    child.kill('SIGKILL');
    await exit;
    await waitFor('the orphaned child to end', () => !alive(worker!.pid), 10_000);
  }, 60_000);

  it('is used for watch only, and not when the young generation was sized already', () => {
    expect(wantsWatchProcess(['watch', '--format', 'pdf'], {}, [])).toBe(true);
    expect(wantsWatchProcess(['build'], {}, [])).toBe(false);
    expect(wantsWatchProcess(['serve'], {}, [])).toBe(false);
    expect(wantsWatchProcess(['watch'], { MASTERPLAN_WATCH_CHILD: '1' }, [])).toBe(false);
    expect(wantsWatchProcess(['watch'], {}, ['--max-semi-space-size=32'])).toBe(false);
    expect(wantsWatchProcess(['watch'], { NODE_OPTIONS: '--max-semi-space-size=16' }, [])).toBe(false);
  });
});
