import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Book } from '../../src/model/book.ts';
import { loadBook } from '../../src/app/load-book.ts';
import { renderHtml, type HtmlOutput } from '../../src/render/html/index.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

function ids(html: string): string[] {
  return [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!);
}

function headingLevels(html: string): number[] {
  return [...html.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
}

function inlineText(html: string, tag: 'script' | 'style'): string {
  const match = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(html);
  return match?.[1] ?? '';
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

describe('renderHtml on the example book', () => {
  let book: Book;
  let output: HtmlOutput;

  beforeAll(async () => {
    book = (await loadBook({ cwd: ROOT, content: 'content' })).book;
    output = await renderHtml(book);
  });

  it('gives every chapter and initiative its permalink id, each id once', () => {
    const all = ids(output.html);
    expect(all.filter((id, n) => all.indexOf(id) !== n)).toEqual([]);
    for (const i of book.initiatives) expect(all).toContain(i.id);
    for (const c of book.chapters) expect(all).toContain(c.id);
    expect(output.html).toContain('<a class="permalink" href="#tanjak" aria-label="Tautan permanen ke 2.1.1 Aplikasi Tanjak (Tanjungpinang Aktual)">#</a>');
  });

  it('keeps headings in order: one h1, then no level skipped', () => {
    const levels = headingLevels(output.html);
    expect(levels[0]).toBe(1);
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    const skips = levels.filter((l, n) => n > 0 && l > levels[n - 1]! + 1);
    expect(skips).toEqual([]);
  });

  it('prints the facts block as the design asks', () => {
    const tanjak = output.html.slice(output.html.indexOf('<article class="initiative" id="tanjak"'));
    const facts = tanjak.slice(0, tanjak.indexOf('</dl>'));
    expect(facts).toContain('<dt>OPD pelaksana</dt><dd>Dinas Komunikasi dan Informatika (Diskominfo)</dd>');
    expect(facts).toContain('<dt>Anggaran</dt><dd>Rp350.000.000</dd>');
    expect(facts).toContain('<dt>Jangka waktu</dt><dd>Jangka pendek (2019–2020)</dd>');
    expect(facts).not.toContain('<dt>Elemen</dt><dd></dd>');
    expect(tanjak.slice(0, 400)).toContain('<span class="badge dim-smart-governance">QUICK WIN</span>');
  });

  it('carries the logo and content images inside the page, so it keeps them when sent alone', async () => {
    expect(output.assets).toEqual([]);
    for (const file of ['logo.png', 'alur-tanjak.png']) {
      const data = await readFile(path.join(ROOT, 'content/assets', file));
      expect(output.html, file).toContain(`src="data:image/png;base64,${data.toString('base64')}"`);
    }
    expect(output.html).toContain('alt="Alur layanan Tanjak"');
    expect(output.html).not.toContain('src="assets/');
  });

  it('with assets as files (build --assets-dir), copies them under assets/ and points at them', async () => {
    const files = await renderHtml((await loadBook({ cwd: ROOT })).book, 'satu', { assets: 'files' });
    expect(files.assets.map((a) => a.name).sort()).toEqual(['assets/alur-tanjak.png', 'assets/logo.png']);
    const logo = files.assets.find((a) => a.name === 'assets/logo.png')!;
    expect(logo.data.equals(await readFile(path.join(ROOT, 'content/assets/logo.png')))).toBe(true);
    expect(files.html).toContain('src="assets/alur-tanjak.png"');
  });

  it('inlines CSS and script, allowed by hash in the Content-Security-Policy', () => {
    const csp = (/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(output.html)?.[1] ?? '').replaceAll('&#x27;', "'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src 'sha256-${sha256(inlineText(output.html, 'script'))}'`);
    expect(csp).toContain(`style-src 'sha256-${sha256(inlineText(output.html, 'style'))}'`);
    expect(output.html).not.toMatch(/<(link|script)\b[^>]*\s(href|src)=/);
  });

  it('marks a draft and sets the language', () => {
    expect(output.html).toMatch(/^<!DOCTYPE html><html lang="id">/);
    expect(output.html).toContain('<p class="draft-mark">KONSEP</p>');
  });

  it('renders the same bytes twice and leaves the book untouched', async () => {
    const before = JSON.stringify(book);
    const again = await renderHtml(book);
    expect(again.html).toBe(output.html);
    expect(JSON.stringify(book)).toBe(before);
  });

  it('links content #fragments to initiatives and footnotes to their own block', () => {
    const linked = [...output.html.matchAll(/href="#([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!));
    const known = new Set(ids(output.html));
    expect(linked.filter((id) => !known.has(id))).toEqual([]);
  });
});

describe('renderHtml in English, final', () => {
  it('uses English labels, lang="en" and no KONSEP mark', async () => {
    const { book } = await loadBook({ cwd: ROOT, content: 'content', lang: 'en', draft: false });
    const { html } = await renderHtml(book);
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toContain('<span class="chapter-label">CHAPTER I</span>');
    expect(html).toContain('Skip to content');
    expect(html.includes('<p class="draft-mark">')).toBe(false);
    expect(html.includes('data-draft-label=')).toBe(false);
  });
});
