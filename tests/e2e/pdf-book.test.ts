import { beforeAll, describe, expect, it } from 'vitest';
import type { Book } from '../../src/model/book.ts';
import { roman } from '../../src/i18n/format.ts';
import { labels } from '../../src/i18n/labels.ts';
import { headingPages, itemsIn, readPdf, renderProject, ROOT, squash, type Bookmark, type ReadPdf } from '../helpers/pdf.ts';

const lower = (s: string): string => squash(s).toLowerCase();

/** Pages of a part of the book: from its bookmark to the next top-level bookmark. */
function partPages(pdf: ReadPdf, title: string): number[] {
  const index = pdf.outline.findIndex((b) => b.title === title);
  const start = pdf.outline[index]!.page;
  const end = pdf.outline[index + 1]?.page ?? pdf.pageCount;
  return Array.from({ length: end - start }, (_, i) => start + i);
}

describe('PDF of the example book', () => {
  let book: Book;
  let pdf: ReadPdf;

  beforeAll(async () => {
    const rendered = await renderProject(ROOT);
    book = rendered.book;
    pdf = await readPdf(rendered.pdf);
  }, 120_000);

  it('follows the order of a government book: each part on its own pages, in this order, the back cover last on an even page', () => {
    const l = labels(book.lang);
    const top = pdf.outline.map((b) => b.title);
    expect(top).toEqual([
      l.approval,
      'Sambutan Wali Kota',
      'Kata Pengantar',
      l.contents,
      l.tables,
      l.figures,
      l.abbreviations,
      l.executiveSummary,
      'BAB I Pendahuluan',
      ...book.chapters.map((c) => `${c.label} ${c.title}`),
      'BAB VIII Penutup',
      l.annexes,
    ]);
    expect(book.chapters.map((c) => c.label)).toEqual(['BAB II', 'BAB III', 'BAB IV', 'BAB V', 'BAB VI', 'BAB VII']);
    const pages = pdf.outline.map((b) => b.page);
    expect([...pages].sort((a, b) => a - b)).toEqual(pages);
    expect(new Set(pages).size).toBe(pages.length);
    const annexes = pdf.outline.at(-1)!.children.map((c) => c.title);
    expect(annexes).toEqual([l.initiativeList, l.quickWinList, l.opdMatrix, l.initiativesPerOpd, l.roadmap, l.indicators].map((t, n) => `${l.annex} ${n + 1}. ${t}`));
    expect(pdf.pageCount % 2).toBe(0);
    expect(squash(pdf.text.at(-1)!)).toContain(squash(l.government(book.settings.city)));
    // Roman numbers up to the executive summary, arabic from BAB I.
    expect(pdf.labels[pdf.outline.find((b) => b.title === l.executiveSummary)!.page]).toMatch(/^[ivxlc]+$/);
    expect(pdf.labels[pdf.outline.find((b) => b.title === 'BAB I Pendahuluan')!.page]).toBe('1');
  });

  it('prints in the Daftar Isi the page on which each entry is printed, and links it there', async () => {
    const l = labels(book.lang);
    const lists = pdf.outline.filter((b) => b.title === l.tables || b.title === l.figures).map((b) => b.title);
    const numbered = (chapters: readonly { title: string; number?: number }[], yes: boolean) => chapters.filter((c) => Boolean(c.number) === yes).map((c) => c.title);
    const expected = [
      ...(book.approval ? [l.approval] : []),
      ...numbered(book.front, false),
      ...lists,
      l.abbreviations,
      l.executiveSummary,
      ...numbered(book.front, true),
      ...book.chapters.flatMap((c) => [c.title, ...c.sections.flatMap((s) => [`${s.number} ${s.title}`, ...s.initiatives.map((i) => `${i.number} ${i.title}`)])]),
      ...numbered(book.back, true),
      ...numbered(book.back, false),
      l.annexes,
      ...book.annexes.map((a) => a.title),
    ];
    const links = partPages(pdf, l.contents).flatMap((p) => pdf.links[p]!.filter((a) => a.dest).map((link) => ({ p, link })));
    expect(links).toHaveLength(expected.length);
    for (const [n, { p, link }] of links.entries()) {
      const inside = itemsIn(pdf.items[p]!, link.rect);
      const printed = inside.at(-1)!.str.trim();
      const title = expected[n]!;
      const pages = headingPages(pdf, title);
      expect(pages, `the heading "${title}" is printed once`).toHaveLength(1);
      expect(printed, title).toBe(pdf.labels[pages[0]!]);
      expect(await pdf.destPage(link.dest!), title).toBe(pages[0]);
      expect(squash(inside.map((i) => i.str).join(' ')), title).toContain(squash(title.replace(/^[\d.]+ /, '')));
    }
  });

  it('bookmarks every chapter with its initiatives as children, each at its heading', () => {
    const l = labels(book.lang);
    const titles = pdf.outline.map((b) => b.title);
    for (const c of [...book.front, ...book.back]) expect(titles).toContain(c.label ? `${c.label} ${c.title}` : c.title);
    expect(titles).toContain(l.annexes);
    for (const chapter of book.chapters) {
      const mark = pdf.outline.find((b) => b.title === `${l.chapter} ${roman(chapter.number)} ${chapter.dimension.name[book.lang]}`);
      expect(mark, chapter.id).toBeDefined();
      expect(mark!.children.map((c: Bookmark) => c.title)).toEqual(chapter.initiatives.map((i) => `${i.number} ${i.title}`));
      for (const child of mark!.children) expect(lower(pdf.text[child.page]!)).toContain(lower(child.title));
    }
  });

  it('numbers the front matter i, ii, … and the body from 1, in labels and in the printed folios', () => {
    const firstArabic = pdf.labels.findIndex((label) => /^\d+$/.test(label));
    expect(firstArabic).toBeGreaterThan(0);
    pdf.labels.forEach((label, i) => expect(label).toBe(i < firstArabic ? roman(i + 1, true) : String(i - firstArabic + 1)));
    expect(squash(pdf.text[firstArabic]!)).toContain(squash(`${labels(book.lang).chapter} I`));
    expect(squash(pdf.text[firstArabic]!)).toContain('Pendahuluan');
    const folios = pdf.items.map((items, i) => ({ i, bottom: items.filter((t) => t.y < 60).map((t) => t.str.trim()) }));
    const printed = folios.filter((f) => f.bottom.length > 0);
    expect(printed.length).toBeGreaterThan(pdf.pageCount / 2);
    for (const f of printed) expect(f.bottom, `page ${f.i}`).toContain(pdf.labels[f.i]);
  });

  it('never leaves a heading as the last line of a page', () => {
    pdf.items.forEach((items, i) => {
      const body = items.filter((t) => !t.rotated && t.y > 60);
      if (body.length === 0) return;
      const lowest = Math.min(...body.map((t) => t.y));
      const last = body.filter((t) => t.y < lowest + 2);
      // Body, tables and facts are 10.5 pt or less; headings are 11.5 pt and more.
      expect(Math.max(...last.map((t) => t.size)), `page ${pdf.labels[i]}: ${last.map((t) => t.str).join(' ')}`).toBeLessThan(11.4);
    });
  });

  it('embeds and subsets every font', () => {
    expect(pdf.fonts.length).toBeGreaterThanOrEqual(3);
    expect(pdf.fonts.filter((f) => !f.embedded)).toEqual([]);
    for (const f of pdf.fonts) expect(f.name).toMatch(/^[A-Z]{6}\+NotoSans/);
  });

  it('sets title, author, subject, keywords and language, on A4', () => {
    expect(pdf.info.Title).toBe(book.settings.title);
    expect(pdf.info.Author).toBe(book.settings.city);
    expect(pdf.info.Subject).toBe(book.settings.subtitle);
    expect(String(pdf.info.Keywords)).toContain('Smart City');
    expect(pdf.info.Language).toBe('id-ID');
    expect(pdf.size[0]).toBeCloseTo(595.28, 1);
    expect(pdf.size[1]).toBeCloseTo(841.89, 1);
  });

  it('prints every initiative title and its OPD full name', () => {
    const text = squash(pdf.text.join(' '));
    for (const initiative of book.initiatives) {
      expect(text, initiative.id).toContain(squash(initiative.title));
      expect(text, initiative.id).toContain(squash(initiative.opd.name));
    }
  });

  it('marks every page KONSEP while the book is a draft', () => {
    expect(book.draft).toBe(true);
    pdf.text.forEach((t, i) => expect(squash(t), `page ${i}`).toContain('KONSEP'));
  });

  it('lists in the annex every OPD that leads an initiative, and leaves the others to stats', () => {
    const l = labels(book.lang);
    const perOpd = pdf.outline.at(-1)!.children.find((c) => c.title.endsWith(l.initiativesPerOpd))!;
    const next = pdf.outline.at(-1)!.children[pdf.outline.at(-1)!.children.indexOf(perOpd) + 1]!;
    const annex = squash(pdf.text.slice(perOpd.page, next.page).join(' '));
    const leading = book.opds.filter((o) => o.initiatives.length > 0);
    expect(leading.length).toBeLessThan(book.opds.length);
    for (const { opd } of leading) expect(annex, opd.id).toContain(squash(opd.name));
    for (const { opd } of book.opds.filter((o) => o.initiatives.length === 0)) expect(annex, opd.id).not.toContain(squash(opd.name));
    expect(annex).not.toContain(squash(l.noInitiativesForOpd));
  });
});
