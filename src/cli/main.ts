import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { peekBookLocale } from '../app/book-locale.ts';
import { packageInfo } from '../app/package-info.ts';
import { UsageError } from '../errors.ts';
import { parseLang, type Lang } from '../i18n/lang.ts';
import { messages } from '../i18n/messages.ts';
import type { Io } from '../io/io.ts';
import { commanderText } from './commander-words.ts';
import { resolveContentOption } from './options.ts';

/** The value of a `--name value` or `--name=value` option anywhere on the command line. */
function argvOption(argv: readonly string[], name: string): string | undefined {
  const at = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (at < 0) return undefined;
  return argv[at]!.includes('=') ? argv[at]!.slice(name.length + 1) : argv[at + 1];
}

/** The language of texts written before a command runs: `--lang`, else the book's locale, else Indonesian. */
function argvLang(argv: readonly string[], io: Io): Lang {
  return parseLang(argvOption(argv, '--lang')) ?? peekBookLocale(io.cwd, argvOption(argv, '--content') ?? 'content') ?? 'id';
}

async function program(io: Io, argv: readonly string[], lang: Lang, done: (code: number) => void): Promise<Command> {
  // commander loads here: `--version` answers without it.
  const { Command } = await import('commander');
  const output = { writeOut: (s: string) => io.stdout.write(commanderText(s, lang)), writeErr: (s: string) => io.stderr.write(commanderText(s, lang)) };
  const root = new Command('masterplan')
    .description('Menyusun Buku Satu Masterplan Smart City dari Markdown / Compile a Smart City masterplan book from Markdown')
    .version(packageInfo().version)
    .option('--debug', 'tampilkan jejak galat internal / show the trace of internal errors')
    .showHelpAfterError()
    .configureOutput(output)
    .hook('preAction', (_root, command) => resolveContentOption(command, io.cwd))
    .exitOverride();
  // Commands load only when a command runs (`--version` needs none of them), and only the one named.
  const { commandsFor } = await import('./commands/index.ts');
  for (const factory of await commandsFor(argv)) root.addCommand(factory(io, done).exitOverride().configureOutput(output));
  return root;
}

/** commander's own stop (help shown, unknown option…), thrown by `exitOverride`. */
function isCommanderExit(error: unknown): error is { exitCode: number } {
  const { code, exitCode } = (error ?? {}) as { code?: unknown; exitCode?: unknown };
  return error instanceof Error && typeof code === 'string' && code.startsWith('commander.') && typeof exitCode === 'number';
}

/** Write an internal error's trace to a file for the bug report; its path, or undefined when nothing can be written. */
function crashReport(error: unknown, argv: readonly string[]): string | undefined {
  const file = path.join(os.tmpdir(), `masterplan-crash-${Date.now()}.txt`);
  const trace = error instanceof Error ? (error.stack ?? error.message) : String(error);
  try {
    writeFileSync(file, `masterplan ${packageInfo().version}, node ${process.version}\nmasterplan ${argv.join(' ')}\n\n${trace}\n`);
    return file;
  } catch {
    return undefined;
  }
}

/** An internal error: one line and where the trace went; the trace itself only with --debug. */
function reportCrash(io: Io, error: unknown, argv: readonly string[], lang: Lang, debug: boolean): number {
  const message = error instanceof Error ? error.message : String(error);
  const report = debug ? undefined : crashReport(error, argv);
  io.stderr.write(`${messages(lang).internal(message, report)}\n`);
  if (debug && error instanceof Error) io.stderr.write(`${error.stack}\n`);
  return 2;
}

/** Run the CLI with `argv` (without node and script) against an injected io; returns the exit code. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    io.stdout.write(`${packageInfo().version}\n`);
    return 0;
  }
  const debug = argv.includes('--debug') || Boolean(io.env.MASTERPLAN_DEBUG);
  const lang = argvLang(argv, io);
  let code = 0;
  try {
    // --debug is taken anywhere on the line, before or after the command.
    const args = argv.filter((a) => a !== '--debug');
    const cli = await program(io, args, lang, (c) => {
      code = c;
    });
    if (argv.length === 0) {
      cli.outputHelp({ error: true });
      return 2;
    }
    await cli.parseAsync(args, { from: 'user' });
    return code;
  } catch (error) {
    if (isCommanderExit(error)) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof UsageError) {
      io.stderr.write(`${error.message}\n`);
      return 2;
    }
    return reportCrash(io, error, argv, lang, debug);
  }
}
