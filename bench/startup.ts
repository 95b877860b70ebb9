// Start-up as a user meets it: fresh processes of the compiled command, against `node -e 0`
// on the same machine. The commands run in turn (A B C D A B C D …) so a drift of the
// machine's speed touches all of them alike; the first round is shown apart as the cold
// one, the median of the rest as warm.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);

/**
 * The package laid out as npm installs it (its `files`, no src/), so the command runs as in
 * a city's project: a checkout's bin/ also asks whether lib/ is stale, which an installed
 * copy never does. bin/ is copied (it finds lib/ and src/ beside itself), the rest linked.
 */
function installedCopy(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'masterplan-bench-installed-'));
  const { files } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
  for (const entry of [...files, 'package.json', 'node_modules']) {
    if (entry === 'bin') cpSync(path.join(ROOT, 'bin'), path.join(dir, 'bin'), { recursive: true });
    else symlinkSync(path.join(ROOT, entry), path.join(dir, entry));
  }
  return dir;
}

// lib/ up to date before anything is timed (the checkout's bin/masterplan.js rebuilds a stale one).
spawnSync(process.execPath, [path.join(ROOT, 'bin/masterplan.js'), '--version'], { stdio: 'ignore' });
const installed = installedCopy();
process.on('exit', () => rmSync(installed, { recursive: true, force: true }));
const bin = path.join(installed, 'bin/masterplan.js');

const COMMANDS = {
  node: ['-e', '0'],
  version: [bin, '--version'],
  work: [path.join(ROOT, 'bench/startup-work.mjs')],
  check: [bin, 'check'],
} as const;
type Name = keyof typeof COMMANDS;

function time(args: readonly string[]): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore', env: { ...process.env, CI: 'true' } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${result.status}`);
  return ms;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const runs = Object.fromEntries(Object.keys(COMMANDS).map((k) => [k, [] as number[]])) as Record<Name, number[]>;
for (let round = 0; round <= ROUNDS; round++) for (const name of Object.keys(COMMANDS) as Name[]) runs[name].push(time(COMMANDS[name]));

const cold = (name: Name) => runs[name][0]!;
const warm = (name: Name) => median(runs[name].slice(1));
const ms = (x: number) => `${x.toFixed(0).padStart(5)} ms`;
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

const node = warm('node');
const version = warm('version');
const work = warm('work') - node;
const check = warm('check');
const overhead = check - warm('work');
console.log(`start-up  node ${process.version}, the package as installed, fresh processes, cold = first round, warm = median of ${ROUNDS} rounds`);
console.log(`  node -e 0                  cold ${ms(cold('node'))}  warm ${ms(node)}`);
console.log(`  masterplan --version       cold ${ms(cold('version'))}  warm ${ms(version)}  = ${(version / node).toFixed(2)} × node -e 0 (target under 3 ×: ${verdict(version < 3 * node)})`);
console.log(`  check's own work           cold ${ms(cold('work') - cold('node'))}  warm ${ms(work)}  (loading the modules check uses, checking the example, printing; bench/startup-work.mjs minus node -e 0)`);
console.log(`  masterplan check           cold ${ms(cold('check'))}  warm ${ms(check)}  = node -e 0 + own work + ${overhead.toFixed(0)} ms of command line`);
console.log(`                             ${(check - work).toFixed(0)} ms besides its own work = ${((check - work) / node).toFixed(2)} × node -e 0 (target under 1.5 ×: ${verdict(check - work < 1.5 * node)})`);
