import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io/io.ts';
import { run } from '../../src/cli/main.ts';
import { copyFixture } from '../helpers/cli.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/stats/content');
const PORTAL = 'content/initiatives/smart-governance/portal.md';
let dir: string;

beforeEach(async () => {
  dir = await copyFixture(FIXTURE, 'masterplan-serve-');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function waitFor<T>(what: string, probe: () => T | undefined | false, timeout = 20_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Start `serve` in-process; resolves once the page is built and changes are watched. */
async function serve(args: string[] = ['--port', '0']) {
  const controller = new AbortController();
  const io = { ...memoryIo(dir), signal: controller.signal };
  const running = run(['serve', ...args], io);
  const url = await waitFor('the URL', () => /Pratinjau: (http:\/\/(?:127\.0\.0\.1|localhost):\d+\/)/.exec(io.out())?.[1]);
  await waitFor('the watcher', () => io.err().includes('Memantau content/'));
  return { io, url, running, stop: () => controller.abort() };
}

/** The status of a GET to `url` whose Host header names `host` (fetch cannot set Host). */
function statusFor(url: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { host } }, (res) => resolve(res.statusCode ?? 0));
    req.on('error', reject);
    req.end();
  });
}

/** Read a server-sent-events stream as text as it arrives. */
async function listen(url: string) {
  const abort = new AbortController();
  const response = await fetch(url, { signal: abort.signal });
  let text = '';
  const reader = response.body!.getReader();
  const pump = (async () => {
    const decoder = new TextDecoder();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value, { stream: true });
      }
    } catch {
      // closed by the test or the server
    }
  })();
  return { response, text: () => text, close: async () => (abort.abort(), await pump) };
}

describe('masterplan serve', () => {
  it('serves the HTML edition on 127.0.0.1, sends a reload event after an edit and serves the rebuilt page', async () => {
    const { io, url, running, stop } = await serve();
    const page = await (await fetch(url)).text();
    expect(page).toContain('Inisiatif portal');
    expect(page).toContain('new EventSource(');
    expect(page).toMatch(/connect-src &#x27;self&#x27;/);

    const events = await listen(`${url}__masterplan/events`);
    expect(events.response.headers.get('content-type')).toContain('text/event-stream');
    const source = await readFile(path.join(dir, PORTAL), 'utf8');
    await writeFile(path.join(dir, PORTAL), source.replace('title: Inisiatif portal', 'title: Portal Warga Terpadu'));
    await waitFor('a reload event', () => /event: reload\nid: \d+\ndata: \d+\n\n/.test(events.text()));
    const rebuilt = await (await fetch(url)).text();
    expect(rebuilt).toContain('Portal Warga Terpadu');
    expect(rebuilt).not.toContain('Inisiatif portal');

    await writeFile(path.join(dir, PORTAL), source.replace('opd: diskominfo', 'opd: diskominfoo'));
    await waitFor('a problems event', () => events.text().includes('event: problems'));
    expect(events.text()).toContain('1 kesalahan: buku tidak diperbarui');
    expect(events.text()).toContain(`${PORTAL}:`);
    expect(await (await fetch(url)).text()).toContain('Portal Warga Terpadu'); // the last good page stays

    await events.close();
    stop();
    expect(await running).toBe(0);
    expect(io.err()).toContain('Berhenti.');
    await expect(fetch(url)).rejects.toThrow();
  });

  it('serves the assets the page links to, refuses other hosts and unknown paths', async () => {
    await cp(path.resolve(import.meta.dirname, '../../content/assets/logo.png'), path.join(dir, 'content/assets/logo.png'));
    const book = path.join(dir, 'content/book.yml');
    await writeFile(book, `${await readFile(book, 'utf8')}logo: assets/logo.png\n`);
    const { url, running, stop } = await serve();
    const page = await (await fetch(url)).text();
    const logo = /src="([^"]*logo[^"]*)"/.exec(page)?.[1];
    expect(logo).toBeDefined();
    const response = await fetch(new URL(logo!, url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(await readFile(path.join(dir, 'content/assets/logo.png')));
    expect((await fetch(`${url}tidak-ada.png`)).status).toBe(404);
    expect((await fetch(url, { method: 'POST' })).status).toBe(405);
    expect(await statusFor(url, 'evil.example')).toBe(403);
    // A malformed escape is a bad request, and the server keeps serving.
    expect((await fetch(`${url}%`)).status).toBe(400);
    expect((await fetch(`${url}%E0%A4%A`)).status).toBe(400);
    expect((await fetch(url)).status).toBe(200);
    stop();
    expect(await running).toBe(0);
  });

  it('takes the next free port when the one asked for is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve()));
    const taken = (blocker.address() as { port: number }).port;
    try {
      const { io, url, running, stop } = await serve(['--port', String(taken)]);
      expect(url).not.toBe(`http://127.0.0.1:${taken}/`);
      expect(io.err()).toContain(`Port ${taken} sedang dipakai`);
      expect((await fetch(url)).status).toBe(200);
      stop();
      expect(await running).toBe(0);
    } finally {
      blocker.close();
    }
  });

  it('listens beyond 127.0.0.1 only with --host, says so, and then answers any host name', async () => {
    const { io, url, running, stop } = await serve(['--port', '0', '--host', '0.0.0.0']);
    expect(url).toMatch(/^http:\/\/localhost:\d+\/$/);
    expect(io.err()).toContain('--host');
    expect(io.err()).toContain('0.0.0.0');
    // A container's published port arrives under the host's own name: it is served.
    expect(await statusFor(url.replace('localhost', '127.0.0.1'), 'laptop-kominfo:8080')).toBe(200);
    stop();
    expect(await running).toBe(0);
  });

  it('started on a book with errors, shows the problems to a page that opens afterwards', async () => {
    const source = await readFile(path.join(dir, PORTAL), 'utf8');
    await writeFile(path.join(dir, PORTAL), source.replace('opd: diskominfo', 'opd: diskominfoo'));
    const { url, running, stop } = await serve();
    await new Promise((r) => setTimeout(r, 300));
    const events = await listen(`${url}__masterplan/events`);
    await waitFor('the problems event', () => events.text().includes('event: problems'));
    expect(events.text()).toContain(`${PORTAL}:`);
    await events.close();
    stop();
    expect(await running).toBe(0);
  });

  it('names an address it cannot listen on, with exit 2', async () => {
    const io = memoryIo(dir);
    expect(await run(['serve', '--port', '0', '--host', '203.0.113.7'], io)).toBe(2);
    expect(io.err()).toContain('--host 203.0.113.7');
    expect(io.err()).not.toMatch(/\n\s+at /);
  });

  it('rejects a port that is not a number with exit 2', async () => {
    const io = memoryIo(dir);
    expect(await run(['serve', '--port', 'abc'], io)).toBe(2);
    expect(io.err()).toContain('abc');
  });
});
