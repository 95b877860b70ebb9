import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Book } from '../../src/model/book.ts';
import { renderProject, ROOT, squash } from '../helpers/pdf.ts';
import { readStructure, textOf, walk, type StructElement, type TaggedPdf } from '../helpers/pdf-structure.ts';

let book: Book;
let pdf: Buffer;
let tagged: TaggedPdf;
let elements: StructElement[];

beforeAll(async () => {
  ({ book, pdf } = await renderProject(ROOT));
  tagged = await readStructure(pdf);
  elements = walk(tagged);
}, 120_000);

const plainText = (s: string) => squash(s).replace(/[“”‘’"']/g, '');
const withRole = (role: string | RegExp) => elements.filter((e) => (typeof role === 'string' ? e.role === role : role.test(e.role)));

describe('tagged PDF (PDF/UA-1 as the aim)', () => {
  it('pdfinfo says Tagged: yes', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'masterplan-tagged-'));
    const file = path.join(dir, 'buku.pdf');
    await writeFile(file, pdf);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/^Tagged:\s+yes$/m);
  });

  it('has every chapter (H1), section (H2) and initiative (H3) heading, in reading order', () => {
    const headings = withRole(/^H[1-3]$/).map((e) => ({ role: e.role, text: plainText(textOf(e)), page: e.page }));
    const expected: { role: string; text: string }[] = [];
    for (const chapter of book.chapters) {
      expected.push({ role: 'H1', text: plainText(chapter.title) });
      for (const section of chapter.sections) {
        expected.push({ role: 'H2', text: plainText(`${section.number}${section.title}`) });
        for (const i of section.initiatives) expected.push({ role: 'H3', text: plainText(`${i.number}${i.title}`) });
      }
    }
    // The dimension chapters' headings appear in the book's order, each once, among the others.
    let at = 0;
    for (const want of expected) {
      const found = headings.findIndex((h, n) => n >= at && h.role === want.role && h.text.includes(want.text));
      expect(found, `${want.role} ${want.text}`).toBeGreaterThanOrEqual(at);
      at = found + 1;
    }
    // Reading order never goes back a page.
    const pages = headings.map((h) => h.page);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
  });

  it('marks Markdown headings inside an initiative below its title (## is H4)', () => {
    expect(withRole('H4').map((e) => textOf(e))).toContain('Latar Belakang');
  });

  it('tags table header cells and data cells in rows', () => {
    const tables = withRole('Table');
    expect(tables.length).toBeGreaterThan(5);
    const recap = tables.find((t) => t.children.some((r) => r.role === 'TR' && r.children.some((c) => c.role === 'TH' && c.text === 'Inisiatif')));
    expect(recap, 'the quick-win table').toBeDefined();
    const rows = recap!.children.filter((r) => r.role === 'TR');
    expect(rows[0]!.children.map((c) => c.role)).toEqual(rows[0]!.children.map(() => 'TH'));
    expect(rows[1]!.children.every((c) => c.role === 'TD')).toBe(true);
    // Each initiative's facts block heads its rows with its labels.
    const facts = tables.filter((t) => t.children.some((r) => r.children[0]?.role === 'TH' && r.children[0]?.text === 'OPD pelaksana'));
    expect(facts.length).toBeGreaterThan(10);
  });

  it('gives header cells their scope (qpdf reads the structure elements)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'masterplan-tagged-'));
    const file = path.join(dir, 'buku.pdf');
    writeFileSync(file, pdf);
    const json = JSON.parse(execFileSync('qpdf', ['--json=2', '--json-key=qpdf', file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })) as { qpdf: [unknown, Record<string, { value?: Record<string, unknown> }>] };
    const objects = Object.values(json.qpdf[1]).flatMap((o) => (o.value && typeof o.value === 'object' ? [o.value] : []));
    const scopes = objects.filter((o) => o['/S'] === '/TH').map((o) => (o['/A'] as Record<string, string> | undefined)?.['/Scope']);
    expect(scopes).toContain('/Column');
    expect(scopes).toContain('/Row');
    expect(scopes.every((s) => s === '/Column' || s === '/Row')).toBe(true);
    const catalog = objects.find((o) => o['/Type'] === '/Catalog')!;
    expect(catalog['/MarkInfo']).toBeDefined();
    expect(catalog['/Lang']).toBe('u:id-ID');
  });

  it('repeated column heads on a continuation page are artifacts, not a second header row', () => {
    // A table that runs over a page: on the next page its rows go on without a header row in the structure.
    const spans = tagged.pages.flatMap((page) => page.children.flatMap((doc) => doc.children)).filter((e) => e.role === 'Table');
    const continued = spans.filter((t, n) => n > 0 && spans[n - 1]!.page === t.page - 1 && t.children[0]?.role === 'TR' && t.children[0].children.every((c) => c.role === 'TD'));
    expect(continued.length).toBeGreaterThan(0);
    for (const t of continued) expect(t.children.some((r) => r.children.length > 1 && r.children.every((c) => c.role === 'TH'))).toBe(false);
    // …while the heads are printed there again, as an artifact.
    expect(tagged.artifacts).toContain('Inisiatif');
  });

  it('tags lists as L > LI > LBody, numbered labels as Lbl', () => {
    const lists = withRole('L');
    expect(lists.length).toBeGreaterThan(3);
    for (const l of lists) for (const item of l.children) expect(['LI']).toContain(item.role);
    const items = withRole('LI');
    expect(items.every((li) => li.children.some((c) => c.role === 'LBody'))).toBe(true);
    expect(withRole('Lbl').some((l) => /^\d+\.$/.test(l.text))).toBe(true);
  });

  it('gives every figure its alternative text, and the picture its caption', () => {
    const figures = withRole('Figure');
    expect(figures.map((f) => f.alt)).toContain('Alur layanan Tanjak');
    expect(figures.every((f) => (f.alt ?? '').length > 3)).toBe(true);
    const chart = figures.find((f) => f.alt?.startsWith('Anggaran per dimensi'));
    expect(chart?.alt).toMatch(/Governance: Rp[\d,]+ (miliar|juta)/);
    expect(withRole('Caption').map((c) => textOf(c))).toContain('Gambar 2.1 Alur layanan Tanjak');
  });

  it('tags the words of links as Link elements inside their paragraph', () => {
    const links = withRole('Link');
    expect(links.map((l) => textOf(l))).toContain('Portal Satu Data Tanjungpinang');
    // A link never stands alone: it sits inside the paragraph (or cell, or item) it is part of.
    const parents = elements.filter((e) => e.children.some((c) => c.role === 'Link'));
    expect(parents.every((p) => p.role !== 'Link' && p.role !== 'Root')).toBe(true);
  });

  it('gives every row of the annex lists all its cells, though their linked titles repeat words set earlier', () => {
    // The annex lists repeat the summary's quick-win titles, set once and shared: each title is still a Link in its own cell.
    const parts = tagged.pages.flatMap((page) => page.children.flatMap((doc) => doc.children)).filter((e) => e.role === 'Table');
    let checked = 0;
    for (const table of parts) {
      const heads = table.children.find((r) => r.role === 'TR' && r.children.length > 1 && r.children.every((c) => c.role === 'TH'));
      if (!heads || !heads.children.some((c) => c.text === 'Hal.')) continue;
      // The total row leaves cells empty: empty cells are not tagged.
      for (const row of table.children.filter((r) => r.role === 'TR' && r !== heads && !textOf(r).includes('Jumlah'))) {
        expect(row.children.length, textOf(row)).toBe(heads.children.length);
        expect(row.children[1]!.children.map((c) => c.role)).toEqual(['Link']);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('has the contents as TOC > TOCI', () => {
    const toc = withRole('TOC')[0]!;
    expect(toc.children.length).toBeGreaterThan(10);
    expect(toc.children.every((c) => c.role === 'TOCI')).toBe(true);
    expect(textOf(toc)).toContain('Ringkasan Eksekutif');
  });

  it('keeps KONSEP, running heads and folios out of the content (artifacts), and leaves no text unmarked', () => {
    expect(book.draft).toBe(true);
    expect(tagged.artifacts).toContain('KONSEP');
    for (const e of elements) expect(textOf(e)).not.toMatch(/K\s?O\s?N\s?S\s?E\s?P/);
    expect(tagged.artifacts).toContain(book.settings.title);
    expect(tagged.unmarked).toEqual([]);
  });
});
