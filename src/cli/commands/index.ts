import type { Command } from 'commander';
import type { Io } from '../io.ts';
import { buildCommand } from './build.ts';
import { checkCommand } from './check.ts';

/** A command factory: gets the io and a callback for its exit code. */
export type CommandFactory = (io: Io, done: (code: number) => void) => Command;

/** Every subcommand of `masterplan`, in the order `--help` lists them. */
export const COMMANDS: readonly CommandFactory[] = [checkCommand, buildCommand];
