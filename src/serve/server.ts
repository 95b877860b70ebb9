import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { EVENTS_PATH, injectLiveClient } from './inject.ts';

/** A built HTML edition: the page and the files it links to (`assets/…`). */
export interface PreviewPage {
  html: string;
  assets: readonly { name: string; data: Buffer }[];
}

/** A running preview server; `close()` stops it and ends every open connection. */
export interface PreviewServer {
  url: string;
  port: number;
  /** Serve a new build and tell every open page to reload. */
  publish(page: PreviewPage): void;
  /** Show a problem banner on every open page (the last good build stays served). */
  problems(text: string): void;
  close(): Promise<void>;
}

/** Where and how to listen. */
export interface PreviewOptions {
  /** First port to try; the next ones are tried while it is taken. 0 lets the system choose. */
  port: number;
  /** How many ports to try, from `port` on. */
  tries?: number;
  /** Text of the page shown before the first build is ready. */
  waiting: string;
  lang: string;
  /** The address to listen on (default 127.0.0.1); `0.0.0.0` in a container, to be reached from outside. */
  host?: string;
}

/** Loopback: only this machine can reach the preview. */
export const LOOPBACK = '127.0.0.1';
const isLoopback = (host: string): boolean => host === LOOPBACK || host === 'localhost' || host === '::1';
const TYPES: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.svg': 'image/svg+xml', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.woff2': 'font/woff2', '.pdf': 'application/pdf' };

/** The address to open in a browser: any-address listens are reached as localhost; IPv6 in brackets. */
function shownHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function waitingPage(text: string, lang: string): string {
  return injectLiveClient(`<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><title>masterplan</title></head><body><main><p>${escapeHtml(text)}</p></main></body></html>`);
}

function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen({ port, host }, () => {
      server.off('error', onError);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

/** Listen on the first free port from `first`, returning the ports that were taken. */
async function listenFree(server: Server, host: string, first: number, tries: number): Promise<{ port: number; skipped: number[] }> {
  const skipped: number[] = [];
  for (let port = first; ; port++) {
    try {
      return { port: await listen(server, host, port), skipped };
    } catch (error) {
      const inUse = error instanceof Error && 'code' in error && (error.code === 'EADDRINUSE' || error.code === 'EACCES');
      if (!inUse || first === 0 || skipped.length + 1 >= tries || port >= 65535) throw error;
      skipped.push(port);
    }
  }
}

/** What the server hands out: the current page and its files, and the open event streams. */
interface State {
  port: number;
  /** Requests must name this machine (no DNS rebinding); off when listening beyond loopback on purpose. */
  guardHost: boolean;
  page: string;
  assets: Map<string, Buffer>;
  version: number;
  clients: Set<ServerResponse>;
  /** The last problems shown, until a build succeeds: a page that connects later sees them too. */
  problems?: string;
}

function send(state: State, event: string, data: string): void {
  for (const res of state.clients) res.write(`event: ${event}\nid: ${state.version}\ndata: ${data}\n\n`);
}

function openStream(state: State, req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
  res.write(`retry: 1000\n: masterplan ${state.version}\n\n`);
  if (state.problems !== undefined) res.write(`event: problems\nid: ${state.version}\ndata: ${state.problems}\n\n`);
  state.clients.add(res);
  req.on('close', () => state.clients.delete(res));
}

function handle(state: State, req: IncomingMessage, res: ServerResponse): void {
  const host = req.headers.host;
  if (state.guardHost && host !== undefined && host !== `${LOOPBACK}:${state.port}` && host !== `localhost:${state.port}`) return void res.writeHead(403).end();
  if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { allow: 'GET, HEAD' }).end();
  const url = new URL(req.url ?? '/', `http://${LOOPBACK}`);
  if (url.pathname === EVENTS_PATH) return openStream(state, req, res);
  if (url.pathname === '/' || url.pathname === '/index.html' || url.pathname === '/buku-satu.html') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    return void res.end(state.page);
  }
  if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
  // Any web page can send a malformed escape (`GET /%`): a 400, never a crash of the server.
  let name: string;
  try {
    name = decodeURIComponent(url.pathname.slice(1));
  } catch {
    return void res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('400');
  }
  const asset = state.assets.get(name);
  if (!asset) return void res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404');
  res.writeHead(200, { 'content-type': TYPES[path.extname(url.pathname).toLowerCase()] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  res.end(asset);
}

/**
 * Serve the HTML edition on 127.0.0.1 with live reload: pages get a small client that
 * listens on a server-sent-events stream; `publish` swaps the page and sends `reload`.
 * Requests naming another host are refused, so a web page elsewhere cannot read the
 * draft through DNS rebinding.
 */
export async function startPreviewServer(options: PreviewOptions): Promise<PreviewServer & { skipped: number[] }> {
  const host = options.host ?? LOOPBACK;
  const state: State = { port: 0, guardHost: isLoopback(host), page: waitingPage(options.waiting, options.lang), assets: new Map(), version: 0, clients: new Set() };
  const server = createServer((req, res) => handle(state, req, res));
  const heartbeat = setInterval(() => {
    for (const res of state.clients) res.write(': ping\n\n');
  }, 15_000).unref();
  const listening = await listenFree(server, host, options.port, options.tries ?? 20).catch((error: unknown) => {
    clearInterval(heartbeat);
    throw error;
  });
  state.port = listening.port;
  return {
    url: `http://${shownHost(host)}:${state.port}/`,
    port: state.port,
    skipped: listening.skipped,
    publish(next) {
      state.page = injectLiveClient(next.html);
      state.assets = new Map(next.assets.map((a) => [a.name, a.data]));
      state.version++;
      delete state.problems;
      send(state, 'reload', String(state.version));
    },
    problems(text) {
      state.problems = JSON.stringify(text);
      send(state, 'problems', state.problems);
    },
    close() {
      clearInterval(heartbeat);
      for (const res of state.clients) res.end();
      state.clients.clear();
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
