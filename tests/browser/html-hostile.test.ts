import { rm } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, renderToTemp, type RenderedBook } from '../helpers/browser.ts';
import { recordRequests, scrollThrough } from '../helpers/browser-page.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const HOSTILE = 'tests/fixtures/html/hostile/content';

let rendered: RenderedBook;
let browser: Browser;

beforeAll(async () => {
  rendered = await renderToTemp(ROOT, HOSTILE);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  if (rendered) await rm(rendered.dir, { recursive: true, force: true });
});

/** A start tag of the page: its name and attributes (values decoded). */
interface Tag {
  name: string;
  attributes: [string, string][];
}

function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/**
 * The start tags of serialised HTML, in order. hast-util-to-html writes every `<` of text as
 * `&#x3C;` and double-quotes every attribute value, so each match is a real tag (a `<` inside
 * a value is consumed with its tag) and the bodies of `<script>`/`<style>` are skipped, as
 * a browser's tokenizer would.
 */
function startTags(html: string): Tag[] {
  const pattern = /<([a-zA-Z][^\s/>]*)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*\/?>/g;
  const tags: Tag[] = [];
  for (let m = pattern.exec(html); m; m = pattern.exec(html)) {
    const name = m[1]!.toLowerCase();
    const attributes = [...(m[2] ?? '').matchAll(/([^\s"'>/=]+)(?:="([^"]*)")?/g)].map((a) => [a[1]!.toLowerCase(), decodeEntities(a[2] ?? '')] as [string, string]);
    tags.push({ name, attributes });
    if (name === 'script' || name === 'style') {
      const end = html.toLowerCase().indexOf(`</${name}`, pattern.lastIndex);
      pattern.lastIndex = end < 0 ? html.length : end;
    }
  }
  return tags;
}

function mainOf(html: string): string {
  return html.slice(html.indexOf('<main'), html.indexOf('</main>'));
}

function attributeValues(tags: Tag[], names: string[]): string[] {
  return tags.flatMap((t) => t.attributes.filter(([name]) => names.includes(name)).map(([, value]) => value));
}

describe('hostile content in the HTML string', () => {
  const DANGEROUS = ['script', 'style', 'iframe', 'frame', 'object', 'embed', 'svg', 'math', 'base', 'link', 'meta', 'form', 'button', 'textarea', 'noscript', 'input', 'picture', 'source', 'template'];

  /** The book's own charts: an svg with our class and role, the only svg the page may hold (content svg is stripped). */
  const ownChart = (t: Tag): boolean => t.name === 'svg' && t.attributes.some(([n, v]) => n === 'class' && v === 'chart-svg') && t.attributes.some(([n, v]) => n === 'role' && v === 'img');

  it('keeps no dangerous element from content', () => {
    const tags = startTags(mainOf(rendered.output.html));
    expect(tags.filter((t) => DANGEROUS.includes(t.name) && !ownChart(t)).map((t) => t.name)).toEqual([]);
    expect(tags.filter(ownChart)).toHaveLength(3);
  });

  it('has our one script and one stylesheet only', () => {
    const names = startTags(rendered.output.html).map((t) => t.name);
    expect(names.filter((n) => n === 'script')).toHaveLength(1);
    expect(names.filter((n) => n === 'style')).toHaveLength(1);
    expect(names.filter((n) => ['iframe', 'object', 'embed', 'base', 'link'].includes(n))).toEqual([]);
    expect(rendered.output.html).toContain('<meta http-equiv="Content-Security-Policy"');
  });

  it('keeps no event handler, style, srcset, accesskey or positive tabindex from content', () => {
    const tags = startTags(mainOf(rendered.output.html));
    const names = tags.flatMap((t) => t.attributes.map(([name]) => name));
    expect(names.filter((n) => /^on/.test(n) || ['style', 'srcset', 'srcdoc', 'formaction', 'accesskey'].includes(n))).toEqual([]);
    expect(attributeValues(tags, ['tabindex']).filter((v) => v !== '0' && v !== '-1')).toEqual([]);
  });

  it('keeps no javascript:, vbscript: or data: URL and no remote image', () => {
    const tags = startTags(rendered.output.html);
    const urls = attributeValues(tags, ['href', 'src', 'action', 'data', 'cite', 'poster', 'background', 'longdesc']);
    expect(urls.filter((u) => /^(javascript|vbscript|data):/i.test(u.replace(/[\s\u0000-\u001f]/g, '')))).toEqual([]);
    const images = attributeValues(tags.filter((t) => t.name === 'img'), ['src']);
    expect(images.filter((src) => !src.startsWith('assets/'))).toEqual([]);
  });

  it('lets no content id take a book or template id', () => {
    const ids = attributeValues(startTags(rendered.output.html), ['id']);
    expect(ids.filter((id, n) => ids.indexOf(id) !== n)).toEqual([]);
    expect(ids).not.toContain('toc');
    expect(ids.filter((id) => ['aman', 'mp_main', 'mp_filter', 'smart-governance'].includes(id))).toHaveLength(4);
    const names = attributeValues(startTags(mainOf(rendered.output.html)), ['name']);
    expect(names.every((n) => n.includes('__'))).toBe(true);
  });
});

/** Give every handler a payload might have left a reason to fire: load, scroll, hover, focus, click, toggle, keyboard. */
async function exercise(page: Page): Promise<void> {
  await scrollThrough(page);
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('main *')) {
      for (const type of ['mouseover', 'mouseenter', 'mousedown', 'mouseup', 'focus', 'blur', 'input', 'change', 'animationstart']) {
        el.dispatchEvent(new Event(type, { bubbles: true }));
      }
      el.focus?.();
      const href = el.getAttribute('href');
      if ((!href || href.startsWith('#')) && typeof el.click === 'function') el.click();
      if (el instanceof HTMLDetailsElement) el.open = !el.open;
    }
  });
  for (let n = 0; n < 30; n++) await page.keyboard.press('Tab');
  await page.waitForTimeout(200);
}

describe('hostile content in the browser', () => {
  for (const csp of [true, false]) {
    it(`runs none of it ${csp ? 'under the page CSP' : 'with CSP bypassed (sanitising alone)'}`, async () => {
      const context = await browser.newContext({ bypassCSP: !csp });
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const requests = recordRequests(page);
      await page.goto(rendered.url);
      await exercise(page);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(dialogs).toEqual([]);
      const folder = pathToFileURL(rendered.dir).href + '/';
      expect(requests.filter((url) => !url.startsWith(folder))).toEqual([]);
      expect(page.url().startsWith(rendered.url)).toBe(true);
      await context.close();
    });
  }

  it('keeps the page working: our script runs, ids and DOM APIs are not clobbered, footnotes link', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(rendered.url);
    const state = await page.evaluate(() => ({
      getElementById: typeof document.getElementById,
      aman: document.getElementById('aman')?.tagName,
      main: document.getElementById('mp_main')?.tagName,
      filter: document.getElementById('mp_filter')?.closest('main') === null,
      chapter: document.getElementById('smart-governance')?.tagName,
      count: document.getElementById('mp_count')?.textContent,
      footnote: Boolean(document.querySelector('a[href="#aman__fn-1"]') && document.getElementById('aman__fn-1')),
      handlers: [...document.querySelectorAll('main *')].flatMap((el) => [...el.attributes].map((a) => a.name)).filter((name) => name.startsWith('on')),
      dangerous: document.querySelectorAll('main :is(script, style, iframe, object, embed, svg:not(figure.chart > svg.chart-svg), math, form, base, link, meta)').length,
    }));
    expect(state).toEqual({ getElementById: 'function', aman: 'ARTICLE', main: 'MAIN', filter: true, chapter: 'SECTION', count: '2 dari 2 inisiatif', footnote: true, handlers: [], dangerous: 0 });
    await context.close();
  });
});
