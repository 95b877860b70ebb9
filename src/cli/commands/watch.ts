import path from 'node:path';
import { Command } from 'commander';
import { printWritten } from '../../io/print.ts';
import { write } from '../../pipeline/write.ts';
import { interruptSignal } from '../../watch/interrupt.ts';
import { watchMessages } from '../../watch/messages.ts';
import type { Outcome, SessionOptions } from '../../watch/session.ts';
import type { Io } from '../../io/io.ts';
import { commandLang, draftOption, editionsOption, epochOption, outputDirOption, requestedLang, withCommonOptions, withEditionOptions, type CommonOptions } from '../options.ts';

interface WatchOptions extends CommonOptions {
  out: string;
  format: string;
  draft?: boolean;
  final?: boolean;
}

/**
 * Run a rebuild session (shared by `watch` and `serve`) until `io.signal` aborts, or
 * until Ctrl-C when no signal was given.
 */
export async function runUntilStopped(io: Io, options: Omit<SessionOptions, 'io' | 'signal'>): Promise<void> {
  // The session (chokidar and the whole pipeline) loads here, so other commands start without it.
  const { runSession } = await import('../../watch/session.ts');
  const session = (signal: AbortSignal) => runSession({ io, signal, ...options });
  if (io.signal) return session(io.signal);
  const interrupt = interruptSignal();
  try {
    await session(interrupt.signal);
  } finally {
    interrupt.dispose();
  }
}

/** Print what one rebuild of `watch` came to; write the files when it rendered. */
async function report(io: Io, outcome: Outcome, outDir: string): Promise<void> {
  const text = watchMessages(outcome.lang);
  if (outcome.failure !== undefined) io.stderr.write(`${text.renderFailed(outcome.failure)}\n`);
  else if (!outcome.rendered) io.stderr.write(`${text.notUpdated(outcome.result?.errors ?? 0)}\n`);
  else {
    printWritten(io, await write(outDir, outcome.rendered.files), outcome.lang);
    io.stderr.write(`${text.updated(outcome.seconds.toFixed(1))}\n`);
  }
}

/** `masterplan watch`: rebuild the book whenever a file under the content folder changes. */
export function watchCommand(io: Io, done: (code: number) => void): Command {
  return withEditionOptions(withCommonOptions(new Command('watch')))
    .description('susun ulang setiap kali berkas berubah / rebuild on every change')
    .action(async (options: WatchOptions) => {
      const said = commandLang(options, io);
      const lang = requestedLang(options);
      const editions = editionsOption(options.format, said);
      epochOption(io.env, said); // checked before the first rebuild, used by each
      const draft = draftOption(options, said);
      const outDir = outputDirOption(options.out, io.cwd, options.content, said);
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
