import type { Command } from 'commander';
import type { Io } from '../../io/io.ts';

/** A command factory: gets the io and a callback for its exit code. */
export type CommandFactory = (io: Io, done: (code: number) => void) => Command;

/**
 * Every subcommand of `masterplan`, in the order `--help` lists them, each loaded on
 * demand: a run of `check` defines `check` alone, so start-up pays for one command.
 */
export const COMMAND_LOADERS = {
  check: () => import('./check.ts').then((m) => m.checkCommand),
  build: () => import('./build.ts').then((m) => m.buildCommand),
  new: () => import('./new.ts').then((m) => m.newCommand),
  init: () => import('./init.ts').then((m) => m.initCommand),
  stats: () => import('./stats.ts').then((m) => m.statsCommand),
  export: () => import('./export.ts').then((m) => m.exportCommand),
  watch: () => import('./watch.ts').then((m) => m.watchCommand),
  serve: () => import('./serve.ts').then((m) => m.serveCommand),
  schema: () => import('./schema.ts').then((m) => m.schemaCommand),
  diff: () => import('./diff.ts').then((m) => m.diffCommand),
} satisfies Record<string, () => Promise<CommandFactory>>;

export type CommandName = keyof typeof COMMAND_LOADERS;
export const COMMAND_NAMES = Object.keys(COMMAND_LOADERS) as CommandName[];

const isCommandName = (name: string | undefined): name is CommandName => name !== undefined && Object.hasOwn(COMMAND_LOADERS, name);

/** The factories a command line needs: the named command alone, or all of them (for help and unknown names). */
export function commandsFor(argv: readonly string[]): Promise<CommandFactory[]> {
  const first = argv[0];
  const names = isCommandName(first) ? [first] : COMMAND_NAMES;
  return Promise.all(names.map((name) => COMMAND_LOADERS[name]()));
}
