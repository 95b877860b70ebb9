import { createServer } from 'node:http';
import path from 'node:path';
import { EVENTS_PATH, injectLiveClient } from "./inject.js";
const HOST = '127.0.0.1';
const TYPES = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.svg': 'image/svg+xml', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.woff2': 'font/woff2', '.pdf': 'application/pdf' };
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
function waitingPage(text, lang) {
    return injectLiveClient(`<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><title>masterplan</title></head><body><main><p>${escapeHtml(text)}</p></main></body></html>`);
}
function listen(server, port) {
    return new Promise((resolve, reject) => {
        const onError = (error) => reject(error);
        server.once('error', onError);
        server.listen({ port, host: HOST }, () => {
            server.off('error', onError);
            const address = server.address();
            resolve(typeof address === 'object' && address ? address.port : port);
        });
    });
}
/** Listen on the first free port from `first`, returning the ports that were taken. */
async function listenFree(server, first, tries) {
    const skipped = [];
    for (let port = first;; port++) {
        try {
            return { port: await listen(server, port), skipped };
        }
        catch (error) {
            const inUse = error instanceof Error && 'code' in error && (error.code === 'EADDRINUSE' || error.code === 'EACCES');
            if (!inUse || first === 0 || skipped.length + 1 >= tries || port >= 65535)
                throw error;
            skipped.push(port);
        }
    }
}
function send(state, event, data) {
    for (const res of state.clients)
        res.write(`event: ${event}\nid: ${state.version}\ndata: ${data}\n\n`);
}
function openStream(state, req, res) {
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(`retry: 1000\n: masterplan ${state.version}\n\n`);
    state.clients.add(res);
    req.on('close', () => state.clients.delete(res));
}
function handle(state, req, res) {
    const host = req.headers.host;
    if (host !== undefined && host !== `${HOST}:${state.port}` && host !== `localhost:${state.port}`)
        return void res.writeHead(403).end();
    if (req.method !== 'GET' && req.method !== 'HEAD')
        return void res.writeHead(405, { allow: 'GET, HEAD' }).end();
    const url = new URL(req.url ?? '/', `http://${HOST}`);
    if (url.pathname === EVENTS_PATH)
        return openStream(state, req, res);
    if (url.pathname === '/' || url.pathname === '/index.html' || url.pathname === '/buku-satu.html') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        return void res.end(state.page);
    }
    if (url.pathname === '/favicon.ico')
        return void res.writeHead(204).end();
    const asset = state.assets.get(decodeURIComponent(url.pathname.slice(1)));
    if (!asset)
        return void res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404');
    res.writeHead(200, { 'content-type': TYPES[path.extname(url.pathname).toLowerCase()] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(asset);
}
/**
 * Serve the HTML edition on 127.0.0.1 with live reload: pages get a small client that
 * listens on a server-sent-events stream; `publish` swaps the page and sends `reload`.
 * Requests naming another host are refused, so a web page elsewhere cannot read the
 * draft through DNS rebinding.
 */
export async function startPreviewServer(options) {
    const state = { port: 0, page: waitingPage(options.waiting, options.lang), assets: new Map(), version: 0, clients: new Set() };
    const server = createServer((req, res) => handle(state, req, res));
    const heartbeat = setInterval(() => {
        for (const res of state.clients)
            res.write(': ping\n\n');
    }, 15_000).unref();
    const listening = await listenFree(server, options.port, options.tries ?? 20).catch((error) => {
        clearInterval(heartbeat);
        throw error;
    });
    state.port = listening.port;
    return {
        url: `http://${HOST}:${state.port}/`,
        port: state.port,
        skipped: listening.skipped,
        publish(next) {
            state.page = injectLiveClient(next.html);
            state.assets = new Map(next.assets.map((a) => [a.name, a.data]));
            state.version++;
            send(state, 'reload', String(state.version));
        },
        problems(text) {
            send(state, 'problems', JSON.stringify(text));
        },
        close() {
            clearInterval(heartbeat);
            for (const res of state.clients)
                res.end();
            state.clients.clear();
            return new Promise((resolve) => {
                server.close(() => resolve());
                server.closeAllConnections();
            });
        },
    };
}
