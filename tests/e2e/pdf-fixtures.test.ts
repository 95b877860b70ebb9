import { readFileSync } from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Book } from '../../src/model/book.ts';
import { FontSet } from '../../src/render/pdf/fonts.ts';
import { renderPdf } from '../../src/render/pdf/index.ts';
import { geometry, theme } from '../../src/render/pdf/theme.ts';
import { EPOCH, imageSizes, pagesWith, readPdf, renderProject, ROOT, squash, type ReadPdf } from '../helpers/pdf.ts';

const FIXTURES = path.join(ROOT, 'tests/fixtures/pdf');

describe('PDF of a table longer than a page', () => {
  let pdf: ReadPdf;
  const header = ['KolomNomor', 'KolomUraian', 'KolomPelaksana', 'KolomNilai'];
  const source = readFileSync(path.join(FIXTURES, 'long-table/content/initiatives/tabel-panjang.md'), 'utf8');
  const cells = source
    .split('\n')
    .filter((l) => l.startsWith('| Baris'))
    .flatMap((l) => l.split('|').slice(1, -1).map((c) => c.trim()));

  beforeAll(async () => {
    pdf = await readPdf((await renderProject(path.join(FIXTURES, 'long-table'))).pdf);
  }, 60_000);

  it('repeats the header row on every page the table spans', () => {
    const spanned = [...new Set(cells.filter((c) => c.startsWith('Baris')).flatMap((c) => pagesWith(pdf, c)))];
    expect(spanned.length).toBeGreaterThanOrEqual(3);
    for (const p of spanned) for (const h of header) expect(squash(pdf.text[p]!), `page ${p}`).toContain(h);
  });

  it('prints the text of every cell, a cell wider than its column included', () => {
    // Long words in cells break at their syllables with a hyphen: compare without hyphens.
    const text = squash(pdf.text.join('')).replace(/-/g, '');
    for (const cell of cells) expect(text).toContain(squash(cell).replace(/-/g, ''));
    expect(cells.some((c) => c.length > 100)).toBe(true);
  });
});

describe('PDF of every Markdown construct (English, F4, final)', () => {
  let book: Book;
  let buffer: Buffer;
  let pdf: ReadPdf;

  beforeAll(async () => {
    ({ book, pdf: buffer } = await renderProject(path.join(FIXTURES, 'markdown')));
    pdf = await readPdf(buffer);
  }, 60_000);

  it('renders all of its text, Latin Extended names included', () => {
    const text = squash(pdf.text.join(' '));
    const expected = [
      'Every Construct Müller Đặng', 'Hans Müller', 'Đặng Thị Lan', 'bold words', 'italic words', 'bold italic words', 'inline code', 'struck words', 'web link',
      'https://example.org/a/very/long/path/that/keeps/going/and/going/until/it/must/wrap/somewhere/in/the/line', 'internal link',
      'A hard break follows here', 'and the line after the hard break', 'Ærøskøbing, Łódź, Şişli, Ğüzel, Češka, Őrség, Ñandú, Ÿvonne, Ĳssel, Ŧest',
      'Third Level Heading', 'Fourth Level Heading', 'First ordered item', 'Deeply nested bullet', 'Seventh item starts a list at seven', 'Done task item', 'Open task item',
      'A block quote with strong text.', 'A list inside the quote', "const greeting = 'Selamat pagi';",
      'function aVeryLongFunctionNameThatIsLong(argumentNumberOne: string, argumentNumberTwo: number, argumentNumberThree: boolean): string { return greeting + argumentNumberOne; }',
      'Table 1.1', 'Budget per phase', 'Pilot in three districts with a long description that wraps', 'Rp100.000.000',
      'Figure 1.1', 'Diagram of the service', 'A tall photo', 'A tiny icon', 'A sentence with a footnote reference.', 'The footnote text at the end of the initiative.',
      'Reviewed in Kota Uji on 15 March 2020.', 'Dinas Komunikasi, Informatika dan Statistik (DKIS)', 'Rp150,000,000', 'Monthly active users', 'QUICK WIN',
      'No initiatives for this dimension yet.', 'Closing Words', 'Terima kasih',
    ];
    for (const s of expected) expect(text, s).toContain(squash(s));
    expect(text).not.toContain('RAWHTMLDROPPED');
    expect(text).not.toContain('Tabel:');
  });

  it('has a glyph for every character it prints, in every face', () => {
    const sample = readFileSync(path.join(FIXTURES, 'markdown/content/initiatives/everything.md'), 'utf8') + 'Đặng Müller “” ‘’ – — … • × ²';
    const fonts = new FontSet(new PDFDocument({ autoFirstPage: false }), theme);
    for (const face of ['regular', 'bold', 'italic', 'boldItalic', 'mono'] as const) expect(fonts.missingGlyphs(face, sample), face).toEqual([]);
  });

  it('uses F4 paper, English labels and language, and no KONSEP mark', () => {
    expect(pdf.size[0]).toBeCloseTo(609.45, 1);
    expect(pdf.size[1]).toBeCloseTo(935.43, 1);
    expect(pdf.info.Language).toBe('en-US');
    expect(pdf.outline.map((b) => b.title)).toContain('CHAPTER I Smart Governance');
    expect(squash(pdf.text.join(''))).not.toContain('KONSEP');
    expect(squash(pdf.text.join(''))).not.toContain('DRAFT');
    expect(pdf.fonts.filter((f) => !f.embedded)).toEqual([]);
  });

  it('scales images down to fit the text block and never up', async () => {
    const measure = geometry('F4').measure;
    const sizes = await imageSizes(buffer);
    expect(sizes).toHaveLength(3);
    const [diagram, photo, icon] = sizes;
    expect(diagram!.width).toBeCloseTo(measure, 0);
    expect(photo!.width).toBeCloseTo(400 * 0.75, 0);
    expect(icon!.width).toBeCloseTo(40 * 0.75, 0);
    expect(icon!.height).toBeCloseTo(30 * 0.75, 0);
  });

  it('links internal references and footnotes inside the book', async () => {
    const dests = pdf.links.flat().flatMap((l) => (l.dest ? [l.dest] : []));
    expect(dests).toContain('other-initiative');
    // Footnotes are numbered per chapter: the reference links to its note and the note's number back to it, on the same page.
    const chapter = book.chapters.find((c) => c.initiatives.some((i) => i.id === 'everything'))!;
    const notes = pdf.links.flatMap((links, page) => links.flatMap((l) => (l.dest?.startsWith(`_fn-${chapter.anchor}-`) ? [{ page, dest: l.dest }] : [])));
    expect(notes.length).toBeGreaterThan(0);
    for (const { page, dest } of notes) {
      expect(await pdf.destPage(dest), dest).toBe(page);
      expect(pdf.links[page]!.some((l) => l.dest === dest.replace('_fn-', '_fnref-')), dest).toBe(true);
    }
    expect(pdf.links.flat().some((l) => l.url === 'https://example.org/page')).toBe(true);
    expect(pdf.links.flat().some((l) => l.url === 'https://example.org/reference')).toBe(true);
    expect(dests.filter((d) => d === 'other-initiative').length).toBeGreaterThanOrEqual(2);
    expect(book.initiatives).toHaveLength(2);
  });
});

describe('reproducible PDF', () => {
  it('gives byte-identical output for the same SOURCE_DATE_EPOCH, and dates from it', async () => {
    const { book, pdf: first } = await renderProject(path.join(FIXTURES, 'markdown'));
    const second = await renderPdf(book, { sourceDateEpoch: EPOCH });
    expect(second.equals(first)).toBe(true);
    const later = await renderPdf(book, { sourceDateEpoch: EPOCH + 86_400 });
    expect(later.equals(first)).toBe(false);
    expect((await readPdf(first)).info.CreationDate).toBe('D:20190730000000Z');
  }, 60_000);
});
