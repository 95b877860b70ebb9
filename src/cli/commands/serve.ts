import { Command } from 'commander';
import { UsageError } from '../../errors.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { PreviewServer } from '../../serve/server.ts';
import { watchMessages } from '../../watch/messages.ts';
import type { Outcome } from '../../watch/session.ts';
import type { Io } from '../../io/io.ts';
import { commandLang, draftOption, requestedLang, withCommonOptions, withDraftOptions, type CommonOptions } from '../options.ts';
import { runUntilStopped } from './watch.ts';

interface ServeOptions extends CommonOptions {
  port: string;
  host: string;
  draft?: boolean;
  final?: boolean;
}

/** The port `serve` tries first (the next free one is taken when it is busy). */
export const DEFAULT_PORT = 4321;
/** Diagnostics shown in the page's problem banner; the terminal has them all. */
const BANNER_LINES = 5;

function parsePort(value: string, lang: Lang): number {
  const port = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(port >= 0 && port <= 65535)) throw new UsageError(watchMessages(lang).badPort(value));
  return port;
}

/** Hand one rebuild to the browser: the new page, or a banner naming the problems. */
function publish(io: Io, server: PreviewServer, outcome: Outcome): void {
  const text = watchMessages(outcome.lang);
  if (outcome.rendered?.html) {
    server.publish(outcome.rendered.html);
    io.stderr.write(`${text.updated(outcome.seconds.toFixed(1))}\n`);
    return;
  }
  if (outcome.failure !== undefined) {
    io.stderr.write(`${text.renderFailed(outcome.failure)}\n`);
    server.problems(text.renderFailed(outcome.failure));
    return;
  }
  const errors = outcome.result?.diagnostics.filter((d) => d.severity === 'error') ?? [];
  io.stderr.write(`${text.notUpdated(errors.length)}\n`);
  const lines = errors.slice(0, BANNER_LINES).map((d) => `${d.file}:${d.line}:${d.column}  ${d.message}`);
  server.problems([text.problems(errors.length), ...lines, ...(errors.length > BANNER_LINES ? ['…'] : [])].join('\n'));
}

/** `masterplan serve`: preview the HTML edition on 127.0.0.1 and reload it on every change. */
export function serveCommand(io: Io, done: (code: number) => void): Command {
  return withDraftOptions(withCommonOptions(new Command('serve')))
    .description('pratinjau HTML dengan muat ulang otomatis / preview the HTML with live reload')
    .option('--port <number>', `port pertama yang dicoba / first port to try`, String(DEFAULT_PORT))
    .option('--host <address>', 'alamat yang didengarkan, mis. 0.0.0.0 di kontainer / address to listen on, e.g. 0.0.0.0 in a container', '127.0.0.1')
    .action(async (options: ServeOptions) => {
      const said = commandLang(options, io);
      const lang = requestedLang(options);
      const text = watchMessages(said);
      const port = parsePort(options.port, said);
      const draft = draftOption(options, said);
      const { startPreviewServer } = await import('../../serve/server.ts');
      const server = await startPreviewServer({ port, host: options.host, waiting: text.waiting, lang: said }).catch((error: unknown) => {
        const code = error instanceof Error && 'code' in error ? error.code : undefined;
        if (code === 'EADDRINUSE') throw new UsageError(text.noFreePort(port));
        if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') throw new UsageError(text.badHost(options.host));
        throw error;
      });
      if (server.skipped.length > 0) io.stderr.write(`${text.portTaken(server.skipped[0]!, server.port)}\n`);
      io.stdout.write(`${text.serving(server.url)}\n`);
      if (!['127.0.0.1', 'localhost', '::1'].includes(options.host)) io.stderr.write(`${text.openToNetwork(options.host)}\n`);
      try {
        await runUntilStopped(io, {
          content: options.content,
          ...(lang ? { lang } : {}),
          ...(draft !== undefined ? { draft } : {}),
          editions: new Set(['html']),
          // The served page links its images: a reload then sends only the page.
          htmlAssets: 'files',
          onBuilt: (outcome) => publish(io, server, outcome),
        });
      } finally {
        await server.close();
      }
      done(0);
    });
}
