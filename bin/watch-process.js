// `masterplan watch` runs for hours and renders the whole book after every save. Each
// rebuild allocates a few hundred megabytes of short-lived objects (page operators, PDF
// objects), and with V8's default young generation (16 MB semi-spaces) it copies them
// through some 60 scavenges per rebuild of 1,000 initiatives. The young generation's size
// is fixed when the process starts (a flag set at run time comes too late), so `watch` runs
// in a child process started with room for it: measured on 1,000 initiatives, save to
// PDF + HTML 1.9–2.4 s -> 1.6–1.9 s, for about 100 MB more memory. The parent only waits:
// it passes Ctrl-C on (once, over the IPC channel, as the terminal may also have sent the
// child its own), and the child stops when the parent is gone.
/** Semi-space size (MB) of the process that runs `watch`. */
const SEMI_SPACE_MB = 64;
/** Set in the child, so it never starts another. */
const CHILD = 'MASTERPLAN_WATCH_CHILD';
/** What the parent sends the child for Ctrl-C or SIGTERM. */
const STOP_MESSAGE = 'masterplan:stop'; // as src/watch/interrupt.ts expects it

/** The command word: the first argument that is not an option. */
function command(args) {
  return args.find((a) => !a.startsWith('-'));
}

/** Whether this process should hand `args` to a child with a larger young generation. */
export function wantsWatchProcess(args, env = process.env, execArgv = process.execArgv) {
  if (command(args) !== 'watch' || env[CHILD]) return false;
  // Someone chose the young generation's size already (node flags or NODE_OPTIONS): theirs stands.
  const chosen = (flags) => /--(max|min)[-_]semi[-_]space[-_]size/.test(flags);
  return !chosen(execArgv.join(' ')) && !chosen(env.NODE_OPTIONS ?? '');
}

/** Run `script args` in a child with a larger young generation; resolves with the exit code to use. */
export async function runWatchProcess(script, args) {
  // Loaded here: every other command starts without it.
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, [`--max-semi-space-size=${SEMI_SPACE_MB}`, ...process.execArgv, script, ...args], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, [CHILD]: '1' },
  });
  const stop = () => {
    if (child.connected) child.send(STOP_MESSAGE, () => {});
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return new Promise((resolve) => {
    child.once('error', (error) => {
      process.stderr.write(`masterplan: ${error.message}\n`);
      resolve(1);
    });
    child.once('exit', (code, signal) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      // Ended by a signal (a second Ctrl-C): the shell's convention, 128 plus its number.
      resolve(code ?? (signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : 1));
    });
  });
}
