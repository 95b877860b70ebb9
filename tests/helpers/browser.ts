import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import type { Book } from '../../src/model/book.ts';
import { loadBook } from '../../src/app/load-book.ts';
import { renderHtml, type HtmlOutput } from '../../src/render/html/index.ts';

/** Debian's Chromium; never downloaded by Playwright. Override with CHROMIUM_PATH. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless Chromium with nothing that talks to the network on its own. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A rendered book written to a fresh temp folder, as `masterplan build` would write it. */
export interface RenderedBook {
  book: Book;
  output: HtmlOutput;
  dir: string;
  file: string;
  url: string;
}

/** Load a book project, render its HTML and write page and assets to a temp folder. */
export async function renderToTemp(cwd: string, content = 'content'): Promise<RenderedBook> {
  const { book } = await loadBook({ cwd, content });
  const output = await renderHtml(book);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'masterplan-html-'));
  const file = path.join(dir, 'buku-satu.html');
  await writeFile(file, output.html);
  for (const asset of output.assets) {
    const target = path.join(dir, ...asset.name.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, asset.data);
  }
  return { book, output, dir, file, url: pathToFileURL(file).href };
}
