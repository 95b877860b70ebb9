/** Where a command writes text; `isTTY` decides colour and progress output. */
export interface Output {
  write(text: string): void;
  isTTY: boolean;
}

/** Everything a command may touch outside its arguments: injected so tests can run commands in-process. */
export interface Io {
  stdout: Output;
  stderr: Output;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
}

/** The real process's streams, working directory and environment. */
export function processIo(): Io {
  return {
    stdout: { write: (text) => void process.stdout.write(text), isTTY: Boolean(process.stdout.isTTY) },
    stderr: { write: (text) => void process.stderr.write(text), isTTY: Boolean(process.stderr.isTTY) },
    cwd: process.cwd(),
    env: process.env,
  };
}

/** An in-memory io for tests: collects what a command prints. */
export function memoryIo(cwd: string, env: Record<string, string | undefined> = {}): Io & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (text) => void (out += text), isTTY: false },
    stderr: { write: (text) => void (err += text), isTTY: false },
    cwd,
    env,
    out: () => out,
    err: () => err,
  };
}
