import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Book } from '../../src/model/book.ts';
import { formatMillions, formatRupiah, roman } from '../../src/i18n/format.ts';
import { labels } from '../../src/i18n/labels.ts';
import { renderHtml } from '../../src/render/html/index.ts';
import { footnoteRefs, footnoteStarts, headingPages, itemsIn, readPdf, renderProject, ROOT, squash, type Bookmark, type ReadPdf, type TextItem } from '../helpers/pdf.ts';

const lower = (s: string): string => squash(s).toLowerCase();

/** Pages of a part of the book: from its bookmark to the next top-level bookmark. */
function partPages(pdf: ReadPdf, title: string): number[] {
  const index = pdf.outline.findIndex((b) => b.title === title);
  const start = pdf.outline[index]!.page;
  const end = pdf.outline[index + 1]?.page ?? pdf.pageCount;
  return Array.from({ length: end - start }, (_, i) => start + i);
}

/** What the initiative files say, read straight from their frontmatter (not through the model). */
interface Written {
  dimension: string;
  title: string;
  quickWin: boolean;
  funding: string[];
  budget: number;
  byYear?: Record<string, number>;
  kpi: { indicator: string; target: string | number }[];
}

function written(): Written[] {
  const dir = path.join(ROOT, 'content/initiatives');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const text = readFileSync(path.join(dir, f), 'utf8');
      const fm = parse(text.split('\n---')[0]!.replace(/^---\n/, '')) as Record<string, unknown>;
      const budget = fm.budget as number | Record<string, number> | undefined;
      const byYear = budget && typeof budget === 'object' ? budget : undefined;
      const total = typeof budget === 'number' ? budget : byYear ? Object.values(byYear).reduce((a, b) => a + b, 0) : 0;
      return {
        dimension: String(fm.dimension),
        title: String(fm.title),
        quickWin: fm.quick_win === true,
        funding: (fm.funding as string[] | undefined) ?? [],
        budget: total,
        ...(byYear ? { byYear } : {}),
        kpi: (fm.kpi as Written['kpi'] | undefined) ?? [],
      };
    });
}

/** The text of the pages from a bookmark to the next bookmark of the same level. */
function pagesOf(pdf: ReadPdf, title: string): string {
  const all = pdf.outline.flatMap((b) => [b, ...b.children]);
  const at = all.findIndex((b) => b.title === title);
  const start = all[at]!.page;
  const end = all.slice(at + 1).find((b) => b.page > start)?.page ?? pdf.pageCount;
  return squash(pdf.text.slice(start, Math.max(end, start + 1)).join(' '));
}

/** The text of an HTML section with its tags taken out, whitespace ignored. */
function sectionText(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  expect(start, id).toBeGreaterThan(0);
  const end = html.indexOf('</section>', html.indexOf('</table>', start));
  return squash(html.slice(start, end).replace(/<[^>]+>/g, ' ').replace(/&#x26;/g, '&'));
}

describe('PDF of the example book', () => {
  let book: Book;
  let pdf: ReadPdf;
  let html: string;
  const files = written();
  const l = labels('id');
  const rp = (n: number) => formatRupiah(n, 'id');

  beforeAll(async () => {
    const rendered = await renderProject(ROOT);
    book = rendered.book;
    pdf = await readPdf(rendered.pdf);
    html = (await renderHtml(book)).html;
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

  it('recapitulates initiatives, quick wins and budget per dimension as the frontmatter adds them up', () => {
    const pdfText = pagesOf(pdf, l.executiveSummary);
    const htmlText = sectionText(html, `${book.anchors.summary}-tabel-rekap`);
    for (const chapter of book.chapters) {
      const mine = files.filter((f) => f.dimension === chapter.dimension.id);
      const row = squash(`${chapter.title} ${mine.length} ${mine.filter((f) => f.quickWin).length} ${rp(mine.reduce((a, f) => a + f.budget, 0))}`);
      expect(pdfText, chapter.id).toContain(row);
      expect(htmlText, chapter.id).toContain(row);
    }
    const total = squash(`${l.total} ${files.length} ${files.filter((f) => f.quickWin).length} ${rp(files.reduce((a, f) => a + f.budget, 0))}`);
    expect(pdfText).toContain(total);
    expect(htmlText).toContain(total);
  });

  it('counts the budget per funding source once per initiative, adding up to the total', () => {
    const pdfText = pagesOf(pdf, l.executiveSummary);
    const htmlText = sectionText(html, `${book.anchors.summary}-tabel-dana`);
    const key = (f: Written) => (f.funding.length === 0 ? l.noFunding : f.funding.length === 1 ? f.funding[0]! : l.mixedFunding);
    const groups = new Map<string, Written[]>();
    for (const f of files) groups.set(key(f), [...(groups.get(key(f)) ?? []), f]);
    for (const [source, list] of groups) {
      const row = squash(`${source} ${list.length} ${rp(list.reduce((a, f) => a + f.budget, 0))}`);
      expect(pdfText, source).toContain(row);
      expect(htmlText, source).toContain(row);
    }
  });

  it('splits the budget per year from the per-year budgets, lump sums in their own column, with totals', () => {
    const pdfText = pagesOf(pdf, l.executiveSummary);
    const htmlText = sectionText(html, `${book.anchors.summary}-tabel-tahun`);
    const years = [2019, 2020, 2021, 2022, 2023];
    const perYear = years.map((y) => files.reduce((a, f) => a + (f.byYear?.[String(y)] ?? 0), 0));
    const lump = files.filter((f) => !f.byYear).reduce((a, f) => a + f.budget, 0);
    const total = files.reduce((a, f) => a + f.budget, 0);
    expect(perYear.every((n) => n > 0)).toBe(true);
    const row = squash(`${l.total} ${[...perYear, lump, total].map((n) => formatMillions(n, 'id')).join(' ')}`);
    expect(pdfText).toContain(row);
    expect(htmlText).toContain(row);
    expect(pdfText).toContain(squash(l.lumpNote));
  });

  it('lists every initiative in Daftar Inisiatif and the Peta Jalan with its years, every KPI in the Matriks Indikator', () => {
    const list = pagesOf(pdf, `${l.annex} 1. ${l.initiativeList}`);
    const roadmap = pagesOf(pdf, `${l.annex} 5. ${l.roadmap}`);
    const indicators = pagesOf(pdf, `${l.annex} 6. ${l.indicators}`);
    for (const i of book.initiatives) {
      const years = i.startYear === i.endYear ? String(i.startYear ?? '–') : `${i.startYear}–${i.endYear}`;
      expect(list, i.id).toContain(squash(`${i.number} ${i.title}`));
      expect(roadmap, i.id).toContain(squash(`${i.number} ${i.title} ${years}`));
      for (const k of i.kpi) expect(indicators, `${i.id} ${k.indicator}`).toContain(squash(`${k.indicator} ${k.target}`));
    }
    expect(files.reduce((n, f) => n + f.kpi.length, 0)).toBe(book.initiatives.reduce((n, i) => n + i.kpi.length, 0));
  });

  it('spells out every OPD short name of the registry in the Daftar Singkatan', () => {
    const text = pagesOf(pdf, l.abbreviations);
    for (const entry of book.settings.opd) if (entry.short) expect(text, entry.id).toContain(squash(`${entry.short} ${entry.name}`));
    for (const short of ['APBD', 'APBN', 'CSR']) expect(text).toContain(short);
  });

  it('closes Sambutan and Kata Pengantar with a right-aligned signature block on the page of their last lines', () => {
    for (const chapter of book.front.filter((c) => c.signature)) {
      const s = chapter.signature!;
      const pages = pdf.items.map((items, page) => ({ page, text: squash(items.map((t) => t.str).join(' ')) }));
      const from = pdf.outline.find((b) => b.title === chapter.title)!.page;
      const sign = pages.find((p) => p.page >= from && p.text.includes(squash(s.role)) && p.text.includes(squash(s.placeDate)))!;
      expect(sign, chapter.title).toBeDefined();
      const items: TextItem[] = pdf.items[sign.page]!;
      const place = items.find((t) => squash(t.str).startsWith(squash(s.placeDate.split(',')[0]!)))!;
      expect(place.x, `${chapter.title}: the block sits on the right half`).toBeGreaterThan(pdf.size[0] / 2 - 40);
      // The page that holds the signature also holds the end of the chapter's text.
      const body = items.filter((t) => !t.rotated && t.y > place.y + 5 && t.size < 11 && t.x < pdf.size[0] / 2);
      expect(body.length, `${chapter.title}: the block is not alone on its page`).toBeGreaterThan(1);
      const name = items.find((t) => squash(t.str) === squash(s.name))!;
      expect(name.x + squash(s.name).length * 2, `${chapter.title}: the name is under the block`).toBeGreaterThan(pdf.size[0] / 2);
    }
  });

  it('prints every signer and the regulation on the approval page', () => {
    const page = pdf.outline.find((b) => b.title === l.approval)!.page;
    const text = squash(pdf.text[page]!);
    for (const s of book.approval!.signers) for (const part of [s.label, s.role, s.name]) expect(text).toContain(squash(part));
    expect(text).toContain(squash(`${l.adoptedBy} ${book.approval!.regulation}`));
  });

  it('prints every footnote on the page of its reference, under its number, numbered per chapter', async () => {
    const dir = path.join(ROOT, 'content');
    const markdown = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => readFileSync(path.join(dir, f), 'utf8'));
    const starts = footnoteStarts(markdown);
    const refs = await footnoteRefs(pdf);
    // Web links written as [text](address) print their address as a note too (once per address and file).
    const web = markdown.flatMap((m) => [...new Set([...m.matchAll(/\]\((https?:[^)\s]+)\)/g)].map((x) => x[1]!))]);
    expect(starts.length).toBeGreaterThanOrEqual(3);
    expect(web.length).toBeGreaterThanOrEqual(1);
    expect(refs).toHaveLength(starts.length + web.length);
    for (const r of refs) {
      expect(r.notePage, r.dest).toBe(r.refPage);
      expect(r.number, r.dest).toMatch(/^\d+$/);
    }
    // Each note's text follows its number on the page of its reference.
    for (const start of [...starts, ...web]) expect(refs.filter((r) => squash(pdf.text[r.refPage]!).includes(squash(`${r.number} ${start}`))), start).toHaveLength(1);
    // The Pendahuluan's two notes are 1 and 2; Smart Branding's count from 1 again.
    const numbers = (scope: string) => refs.filter((r) => r.dest.startsWith(`_fn-${scope}-`)).map((r) => r.number);
    expect(numbers(book.front.find((c) => c.title === 'Pendahuluan')!.anchor)).toEqual(['1', '2']);
    expect(numbers(book.chapters.find((c) => c.dimension.id === 'smart-branding')!.anchor)).toEqual(['1', '2']);
  });

  it('gives the HTML edition the same parts, each with its id, in the same order', () => {
    const ids = [
      book.anchors.approval,
      ...book.front.filter((c) => !c.number).map((c) => c.anchor),
      book.anchors.abbreviations,
      book.anchors.summary,
      ...book.front.filter((c) => c.number).map((c) => c.anchor),
      ...book.chapters.map((c) => c.anchor),
      ...book.back.map((c) => c.anchor),
      book.anchors.annexes,
      ...book.annexes.map((a) => a.anchor),
    ];
    const positions = ids.map((id) => html.indexOf(` id="${id}"`));
    for (const [n, id] of ids.entries()) expect(positions[n], id).toBeGreaterThan(0);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(html).toContain('<span class="chapter-label">BAB I</span> Pendahuluan');
    expect((html.match(/<svg [^>]*role="img"/g) ?? []).length).toBe(3);
    expect(html).toContain(l.government(book.settings.city));
  });
});
