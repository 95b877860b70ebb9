import { Command, CommanderError } from 'commander';
import { UsageError } from "../errors.js";
import { parseLang } from "../i18n/lang.js";
import { messages } from "../i18n/messages.js";
import { COMMANDS } from "./commands/index.js";
const VERSION = '0.1.0';
function program(io, done) {
    const root = new Command('masterplan')
        .description('Menyusun Buku Satu Masterplan Smart City dari Markdown / Compile a Smart City masterplan book from Markdown')
        .version(VERSION)
        .showHelpAfterError()
        .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
        .exitOverride();
    for (const factory of COMMANDS) {
        root.addCommand(factory(io, done).exitOverride().configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) }));
    }
    return root;
}
/** The language named by `--lang` on the command line, for texts written before a command runs. */
function argvLang(argv) {
    const at = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
    const value = at < 0 ? undefined : argv[at].includes('=') ? argv[at].slice('--lang='.length) : argv[at + 1];
    return parseLang(value) ?? 'id';
}
/** Run the CLI with `argv` (without node and script) against an injected io; returns the exit code. */
export async function run(argv, io) {
    let code = 0;
    const cli = program(io, (c) => {
        code = c;
    });
    try {
        if (argv.length === 0) {
            cli.outputHelp({ error: true });
            return 2;
        }
        await cli.parseAsync([...argv], { from: 'user' });
        return code;
    }
    catch (error) {
        if (error instanceof CommanderError)
            return error.exitCode === 0 ? 0 : 2;
        if (error instanceof UsageError) {
            io.stderr.write(`${error.message}\n`);
            return 2;
        }
        const message = error instanceof Error ? error.message : String(error);
        io.stderr.write(`${messages(argvLang(argv)).internal(message)}\n`);
        if (io.env.MASTERPLAN_DEBUG && error instanceof Error)
            io.stderr.write(`${error.stack}\n`);
        return 2;
    }
}
