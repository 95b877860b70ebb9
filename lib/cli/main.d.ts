import type { Io } from '../io/io.ts';
/** Run the CLI with `argv` (without node and script) against an injected io; returns the exit code. */
export declare function run(argv: readonly string[], io: Io): Promise<number>;
