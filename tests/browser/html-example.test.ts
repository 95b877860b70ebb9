import { rm } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { toString } from 'mdast-util-to-string';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PlacedInitiative } from '../../src/model/book.ts';
import { launchBrowser, renderToTemp, type RenderedBook } from '../helpers/browser.ts';
import { brokenFragmentLinks, recordRequests, runAxe, scrollThrough, visibleInitiatives } from '../helpers/browser-page.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

/** The search rule the page promises: Unicode decomposition, marks dropped, lower case. */
function fold(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** What a reader can find an initiative by: its title, body and facts. */
function searchableText(i: PlacedInitiative): string {
  const facts = [i.opd.name, i.opd.short ?? '', ...i.supportingOpd.flatMap((o) => [o.name, o.short ?? '']), ...i.partners, ...i.kpi.flatMap((k) => [k.indicator, String(k.target)])];
  return fold([i.title, toString(i.body), ...facts].join(' '));
}

let rendered: RenderedBook;
let browser: Browser;

beforeAll(async () => {
  rendered = await renderToTemp(ROOT);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  if (rendered) await rm(rendered.dir, { recursive: true, force: true });
});

async function open(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(rendered.url);
  return page;
}

describe('the example book as an HTML page', () => {
  for (const [device, viewport] of [['desk', { width: 1280, height: 900 }], ['phone', { width: 375, height: 800 }]] as const) {
    it(`has no axe violations on a ${device}`, async () => {
      const context = await browser.newContext({ viewport, bypassCSP: true });
      const page = await open(context);
      expect(await runAxe(page)).toEqual([]);
      await context.close();
    });
  }

  it('has no horizontal scroll on a 390 px phone, wide tables scroll inside their own region', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await open(context);
    const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(scroll).toBeLessThanOrEqual(client);
    await context.close();
  });

  it('draws each chart as a named image described by the table that holds its numbers', async () => {
    const context = await browser.newContext();
    const page = await open(context);
    const charts = await page.$$eval('figure.chart svg', (svgs) =>
      svgs.map((svg) => {
        const table = document.getElementById(svg.getAttribute('aria-describedby') ?? '');
        const shown = [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '').filter((t) => /\d/.test(t));
        return { role: svg.getAttribute('role'), name: svg.getAttribute('aria-label'), table: table?.tagName, missing: shown.filter((n) => !/miliar|juta/.test(n) && !(table?.textContent ?? '').includes(n)) };
      }),
    );
    expect(charts).toHaveLength(3);
    for (const c of charts) expect(c).toMatchObject({ role: 'img', name: expect.stringMatching(/\w/), table: 'TABLE', missing: [] });
    await context.close();
  });

  it('requests nothing outside its own folder', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests = recordRequests(page);
    await page.goto(rendered.url);
    await scrollThrough(page);
    const folder = pathToFileURL(rendered.dir).href + '/';
    expect(requests.filter((url) => !url.startsWith(folder))).toEqual([]);
    // Images travel inside the page: nothing but the page itself is fetched.
    expect(requests.filter((url) => !url.startsWith('data:'))).toEqual([rendered.url]);
    const broken = await page.$$eval('img', (images) => images.filter((img) => !img.complete || img.naturalWidth === 0).map((img) => img.src));
    expect(broken).toEqual([]);
    await context.close();
  });

  it('links every #fragment to an element, and gives each chapter and initiative its id', async () => {
    const context = await browser.newContext();
    const page = await open(context);
    expect(await brokenFragmentLinks(page)).toEqual([]);
    const ids = [...rendered.book.chapters.map((c) => c.id), ...rendered.book.initiatives.map((i) => i.id)];
    const missing = await page.evaluate((list) => list.filter((id) => !document.getElementById(id)), ids);
    expect(missing).toEqual([]);
    await context.close();
  });

  it('shows the whole book without JavaScript, with the filter hidden', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await open(context);
    expect(await visibleInitiatives(page)).toHaveLength(rendered.book.initiatives.length);
    expect(await page.isVisible('#mp_filter')).toBe(false);
    expect(await page.isVisible('nav[aria-label] a[href="#tanjak"]')).toBe(true);
    await context.close();
  });
});

describe('filter and search', () => {
  let context: BrowserContext;
  let page: Page;
  const all = () => rendered.book.initiatives.map((i) => i.id);
  const count = () => page.textContent('#mp_count');

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await open(context);
  });
  afterAll(() => context?.close());
  beforeEach(async () => {
    await page.click('button[type="reset"]');
    await page.waitForFunction(() => !document.body.classList.contains('filtering'));
  });

  it('starts with every initiative and a live count', async () => {
    expect(await visibleInitiatives(page)).toEqual(all());
    expect(await count()).toBe(`${all().length} dari ${all().length} inisiatif`);
    expect(await page.getAttribute('#mp_count', 'aria-live')).toBe('polite');
  });

  it('shows exactly the quick wins, hides sections without one and the front matter', async () => {
    await page.check('#mp_quick_win');
    const quickWins = rendered.book.quickWins.map((i) => i.id);
    expect(await visibleInitiatives(page)).toEqual(quickWins);
    expect(await count()).toBe(`${quickWins.length} dari ${all().length} inisiatif`);
    const emptySection = rendered.book.chapters.flatMap((c) => c.sections).find((s) => !s.initiatives.some((i) => i.quickWin));
    if (emptySection) expect(await page.isVisible(`#${emptySection.id}`)).toBe(false);
    expect(await page.isVisible('.front-matter')).toBe(false);
    const hiddenInitiative = rendered.book.initiatives.find((i) => !i.quickWin)!;
    expect(await page.isVisible(`nav a[href="#${hiddenInitiative.id}"]`)).toBe(false);
  });

  it('filters by dimension and by OPD, and combines filters', async () => {
    await page.selectOption('#mp_dimension', 'smart-living');
    const living = rendered.book.chapters.find((c) => c.id === 'smart-living')!.initiatives;
    expect(await visibleInitiatives(page)).toEqual(living.map((i) => i.id));
    expect(await page.isVisible('#smart-governance')).toBe(false);
    await page.check('#mp_quick_win');
    expect(await visibleInitiatives(page)).toEqual(living.filter((i) => i.quickWin).map((i) => i.id));
    await page.click('button[type="reset"]');
    await page.selectOption('#mp_opd', 'dinkes');
    const dinkes = rendered.book.opds.find((o) => o.opd.id === 'dinkes')!.initiatives;
    expect(await visibleInitiatives(page)).toEqual(dinkes.map((i) => i.id));
  });

  for (const query of ['puskesmas', 'PUSKÉSMAS', 'púskesmas', 'Rumah  Sakit', 'muller']) {
    it(`searches "${query}" case- and accent-insensitively`, async () => {
      const words = fold(query).split(/\s+/).filter(Boolean);
      const expected = rendered.book.initiatives.filter((i) => words.every((w) => searchableText(i).includes(w))).map((i) => i.id);
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(all().length);
      await page.fill('#mp_search', query);
      await expect.poll(() => visibleInitiatives(page)).toEqual(expected);
      expect(await count()).toBe(`${expected.length} dari ${all().length} inisiatif`);
    });
  }

  it('says so when nothing matches', async () => {
    expect(await page.isVisible('#mp_no_match')).toBe(false);
    await page.fill('#mp_search', 'zzzz tidak ada');
    await expect.poll(() => page.isVisible('#mp_no_match')).toBe(true);
    expect(await visibleInitiatives(page)).toEqual([]);
    expect(await count()).toBe(`0 dari ${all().length} inisiatif`);
  });

  it('is usable from the keyboard', async () => {
    await page.focus('#mp_search');
    await page.keyboard.type('tanjak');
    await page.keyboard.press('Enter');
    await expect.poll(() => visibleInitiatives(page)).toContain('tanjak');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('mp_quick_win');
    await page.keyboard.press('Space');
    expect(await page.isChecked('#mp_quick_win')).toBe(true);
  });

  it('shows the whole book again when a link leads to a hidden initiative', async () => {
    await page.check('#mp_quick_win');
    await page.evaluate(() => {
      location.hash = '#satu-data';
    });
    await expect.poll(() => page.isVisible('#satu-data')).toBe(true);
    expect(await visibleInitiatives(page)).toHaveLength(all().length);
  });
});

describe('on a phone', () => {
  it('folds the contents into a menu that opens and closes', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await open(context);
    expect(await page.isVisible('nav a[href="#tanjak"]')).toBe(false);
    await page.click('details.menu > summary');
    expect(await page.isVisible('nav a[href="#tanjak"]')).toBe(true);
    await page.click('nav a[href="#tanjak"]');
    expect(await page.isVisible('nav a[href="#tanjak"]')).toBe(false);
    await context.close();
  });

  it('starts with the skip link', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await open(context);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    expect(await page.isVisible('.skip-link')).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('mp_main');
    await context.close();
  });
});
