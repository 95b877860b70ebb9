import path from 'node:path';
import { Command } from 'commander';
import { writeRendered } from "../../app/produce.js";
import { printWritten } from "../../io/print.js";
import { interruptSignal } from "../../watch/interrupt.js";
import { watchMessages } from "../../watch/messages.js";
import { runSession } from "../../watch/session.js";
import { commandLang, draftOption, editionsOption, requestedLang, withCommonOptions, withEditionOptions } from "../options.js";
/**
 * Run a rebuild session (shared by `watch` and `serve`) until `io.signal` aborts, or
 * until Ctrl-C when no signal was given.
 */
export async function runUntilStopped(io, options) {
    const session = (signal) => runSession({ io, signal, ...options });
    if (io.signal)
        return session(io.signal);
    const interrupt = interruptSignal();
    try {
        await session(interrupt.signal);
    }
    finally {
        interrupt.dispose();
    }
}
/** Print what one rebuild of `watch` came to; write the files when it rendered. */
async function report(io, outcome, outDir) {
    const text = watchMessages(outcome.lang);
    if (outcome.failure !== undefined)
        io.stderr.write(`${text.renderFailed(outcome.failure)}\n`);
    else if (!outcome.rendered)
        io.stderr.write(`${text.notUpdated(outcome.result?.errors ?? 0)}\n`);
    else {
        printWritten(io, await writeRendered(outDir, outcome.rendered), outcome.lang);
        io.stderr.write(`${text.updated(outcome.seconds.toFixed(1))}\n`);
    }
}
/** `masterplan watch`: rebuild the book whenever a file under the content folder changes. */
export function watchCommand(io, done) {
    return withEditionOptions(withCommonOptions(new Command('watch')))
        .description('susun ulang setiap kali berkas berubah / rebuild on every change')
        .action(async (options) => {
        const said = commandLang(options, io);
        const lang = requestedLang(options);
        const editions = editionsOption(options.format, said);
        const draft = draftOption(options, said);
        const outDir = path.resolve(io.cwd, options.out);
        await runUntilStopped(io, {
            content: options.content,
            ...(lang ? { lang } : {}),
            ...(draft !== undefined ? { draft } : {}),
            editions,
            onBuilt: (outcome) => report(io, outcome, outDir),
        });
        done(0);
    });
}
