import type { Readable } from 'node:stream';
/** Where a command writes text; `isTTY` decides colour and progress output. */
export interface Output {
    write(text: string): void;
    isTTY: boolean;
    /** Terminal width, when known (prompts wrap to it). */
    columns?: number;
}
/** Standard input as a stream; `isTTY` tells whether a person can answer prompts on it. */
export type Input = Readable & {
    isTTY?: boolean;
};
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
/** The real process's streams, working directory and environment. */
export declare function processIo(): Io;
/** An in-memory io for tests: collects what a command prints. */
export declare function memoryIo(cwd: string, env?: Record<string, string | undefined>): Io & {
    out: () => string;
    err: () => string;
};
