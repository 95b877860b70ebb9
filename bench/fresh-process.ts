// Timing whole processes as a user meets them: wall clock from start to exit, and the CPU
// time the kernel accounted to the children (user + sys), shared by the benches.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** CPU time (user + sys, ms) of the children waited for so far, on Linux; undefined elsewhere. */
export function childrenCpu(): number | undefined {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    // cutime and cstime, fields 16 and 17 of stat(5), in clock ticks (100 a second on Linux).
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}

/** One run's figures in ms. */
export interface Timed {
  wall: number;
  cpu?: number;
}

/** Wall and CPU time of one fresh process; it must succeed (exit code 0). */
export function timeProcess(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Timed {
  const cpuBefore = childrenCpu();
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd, stdio: 'ignore', env });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status ?? result.signal}`);
  const cpuAfter = childrenCpu();
  return { wall, ...(cpuBefore !== undefined && cpuAfter !== undefined ? { cpu: cpuAfter - cpuBefore } : {}) };
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
