import type { Readable } from 'node:stream';

/** Where a command writes text; `isTTY` decides colour and progress output. */
export interface Output {
  write(text: string): void;
  isTTY: boolean;
  /** Terminal width, when known (prompts wrap to it). */
  columns?: number;
}

/** Standard input as a stream; `isTTY` tells whether a person can answer prompts on it. */
export type Input = Readable & { isTTY?: boolean };

/** Everything a command may touch outside its arguments: injected so tests can run commands in-process. */
export interface Io {
  stdout: Output;
  stderr: Output;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Standard input, for prompts; absent means nobody can answer (tests, pipes). */
  stdin?: Input;
  /** Stops long-running commands (watch, serve) when aborted; without it they stop on Ctrl-C. */
  signal?: AbortSignal;
}

/**
 * A reader that closes the pipe early (`masterplan export | head -1`) ends the command
 * quietly, as Unix tools do, instead of an EPIPE trace.
 */
function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

/** The real process's streams, working directory and environment. */
export function processIo(): Io {
  endQuietlyOnClosedPipe(process.stdout);
  return {
    stdout: {
      write: (text) => void process.stdout.write(text),
      isTTY: Boolean(process.stdout.isTTY),
      get columns() {
        return process.stdout.columns;
      },
    },
    stderr: { write: (text) => void process.stderr.write(text), isTTY: Boolean(process.stderr.isTTY) },
    cwd: process.cwd(),
    env: process.env,
    // A getter: touching process.stdin creates the stream, which only commands that ask questions need.
    get stdin() {
      return process.stdin;
    },
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
