import type { Command } from 'commander';
import type { Io } from '../../io/io.ts';
/** A command factory: gets the io and a callback for its exit code. */
export type CommandFactory = (io: Io, done: (code: number) => void) => Command;
/** Every subcommand of `masterplan`, in the order `--help` lists them. */
export declare const COMMANDS: readonly CommandFactory[];
