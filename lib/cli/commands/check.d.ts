import { Command } from 'commander';
import type { Io } from '../../io/io.ts';
/** The format to print: `--format`, else the CI system's own, else stylish. */
export declare function defaultFormat(env: Io['env']): string;
/** `masterplan check [files…]`: validate the book and print the diagnostics. */
export declare function checkCommand(io: Io, done: (code: number) => void): Command;
