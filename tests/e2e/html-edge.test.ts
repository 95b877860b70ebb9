import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBook } from '../../src/app/load-book.ts';
import type { Book } from '../../src/model/book.ts';
import { renderHtml, type HtmlOutput } from '../../src/render/html/index.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

/** The tag and attributes of the element with this id (hast-util-to-html quotes every value). */
function elementWithId(html: string, id: string): string | undefined {
  return new RegExp(`<[a-z0-9]+[^<>]*\\sid="${id}"[^<>]*>`).exec(html)?.[0];
}

function sectionOf(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  return html.slice(start, html.indexOf('</article>', start));
}

describe('renderHtml on edge cases (tests/fixtures/html/edge)', () => {
  let output: HtmlOutput;
  let book: Book;

  beforeAll(async () => {
    // `check` rejects the front chapter's `#` heading; the renderer must still place it sensibly.
    book = (await loadBook({ cwd: ROOT, content: 'tests/fixtures/html/edge/content' })).book;
    output = await renderHtml(book);
  });

  it('lets initiatives keep their ids when a chapter or annex would take the same one', () => {
    expect(elementWithId(output.html, 'front-pengantar')).toMatch(/^<article class="initiative"/);
    expect(elementWithId(output.html, 'lampiran')).toMatch(/^<article class="initiative"/);
    expect(elementWithId(output.html, 'front-pengantar-2')).toMatch(/^<section class="chapter front"/);
    expect(elementWithId(output.html, 'lampiran-2')).toMatch(/^<section class="chapter annexes"/);
  });

  it('scopes footnotes to their own block, so two `[^1]` never collide', () => {
    const ids = [...output.html.matchAll(/\sid="([^"]*fn[^"]*)"/g)].map((m) => m[1]);
    expect(ids).toEqual(expect.arrayContaining(['lampiran__fn-1', 'front-pengantar__fn-1', 'smart-living-intro__fn-1']));
    expect(new Set(ids).size).toBe(ids.length);
    expect(sectionOf(output.html, 'lampiran')).toContain('href="#lampiran__fn-1"');
  });

  it('fits headings under their container without skipping a level', () => {
    const first = sectionOf(output.html, 'lampiran');
    expect(first).toContain('<h5>Mulai dari tingkat tiga</h5>');
    expect(first).toContain('<h6>Lalu melompat ke lima</h6>');
    const front = output.html.slice(output.html.indexOf('id="front-pengantar-2"'));
    expect(front).toMatch(/<h3>Judul tingkat satu di bab depan<\/h3>\s*<h4>Langsung ke tingkat empat<\/h4>/);
  });

  it('copies same-named images from two folders as two assets', async () => {
    const files = await renderHtml(book, 'satu', { assets: 'files' });
    expect(files.assets.map((a) => a.name).sort()).toEqual(['assets/initiatives/a/foto.png', 'assets/initiatives/b/foto.png']);
    expect(files.assets[0]!.data.equals(files.assets[1]!.data)).toBe(false);
  });

  it('turns links to initiative files into in-page links', () => {
    expect(sectionOf(output.html, 'front-pengantar')).toContain('<a href="#lampiran">berkas pertama</a>');
    expect(output.html).toContain('<a href="#front-pengantar">berkas kedua</a>');
  });

  it('names each content table region uniquely', () => {
    expect(output.html).toContain('aria-label="Table — 4.1.1 Inisiatif yang Id-nya Sama dengan Bab Depan"');
    expect(output.html).toContain('aria-label="Table — 4.1.1 Inisiatif yang Id-nya Sama dengan Bab Depan (2)"');
  });

  it('is valid HTML', async () => {
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'wcag/h32': 'off' } }).validateString(output.html);
    expect(report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });
});
