import type { Command } from 'commander';
import type { Io } from '../../io/io.ts';
import { buildCommand } from './build.ts';
import { checkCommand } from './check.ts';
import { exportCommand } from './export.ts';
import { initCommand } from './init.ts';
import { newCommand } from './new.ts';
import { schemaCommand } from './schema.ts';
import { serveCommand } from './serve.ts';
import { statsCommand } from './stats.ts';
import { watchCommand } from './watch.ts';

/** A command factory: gets the io and a callback for its exit code. */
export type CommandFactory = (io: Io, done: (code: number) => void) => Command;

/** Every subcommand of `masterplan`, in the order `--help` lists them. */
export const COMMANDS: readonly CommandFactory[] = [checkCommand, buildCommand, newCommand, initCommand, statsCommand, exportCommand, watchCommand, serveCommand, schemaCommand];
