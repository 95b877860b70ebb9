import { describe, expect, it } from 'vitest';
import { initiative, SMALL_BOOK_YML, tempDir, writeProject } from '../helpers/cli.ts';
import { readPdf, renderProject, type ReadPdf } from '../helpers/pdf.ts';

/** Text lines of every page: items on one baseline joined left to right. */
function lines(read: ReadPdf): string[] {
  return read.items.flatMap((items) => {
    const byY = new Map<number, { x: number; str: string }[]>();
    for (const i of items.filter((t) => !t.rotated)) byY.set(Math.round(i.y), [...(byY.get(Math.round(i.y)) ?? []), i]);
    return [...byY.values()].map((l) => l.sort((a, b) => a.x - b.x).map((t) => t.str).join(' ').replace(/\s+/g, ' ').trim());
  });
}

const living = (title: string, extra = '') => `---\ntitle: ${title}\ndimension: smart-living\nopd: diskominfo\n${extra}---\n## Latar Belakang\n\nTeks.\n`;

describe('budgets in the recap', () => {
  it('prints Rp0 only where a budget of 0 was written, and – where none was', async () => {
    const dir = await writeProject(await tempDir('masterplan-rp0-'), {
      'content/book.yml': `${SMALL_BOOK_YML}rules:\n  severity: { no-quick-win: off, budget-missing: off }\n`,
      'content/initiatives/a.md': initiative('Layanan Tanpa Biaya', 'budget: 0\n'),
      'content/initiatives/b.md': living('Taman Kota Hijau'),
    });
    const { pdf } = await renderProject(dir);
    const all = lines(await readPdf(pdf));
    const row = (name: string) => all.find((l) => l.startsWith(name) && /\d\s+\d/.test(l));
    expect(row('Smart Governance')).toMatch(/Rp0$/);
    expect(row('Smart Living')).toMatch(/–$/);
    expect(row('Smart Living')).not.toContain('Rp0');
  });
});

describe('table captions', () => {
  it('numbers and lists only a table with a "Tabel:" line; one without it prints no caption', async () => {
    const body = '## Latar Belakang\n\nTeks.\n\nTabel: Jadwal pelaksanaan\n\n| Tahap | Tahun |\n|---|---|\n| Persiapan | 2020 |\n\n## Tujuan\n\n| Pihak | Peran |\n|---|---|\n| Dinas | Pelaksana |\n';
    const dir = await writeProject(await tempDir('masterplan-caption-'), {
      'content/book.yml': `${SMALL_BOOK_YML}rules:\n  severity: { no-quick-win: off }\n`,
      'content/initiatives/a.md': initiative('Jadwal Layanan', '', body),
    });
    const { pdf } = await renderProject(dir);
    const all = lines(await readPdf(pdf));
    const labelled = all.filter((l) => /^Tabel \d/.test(l));
    // Once above the table and once in Daftar Tabel; the second table is not numbered at all.
    expect(labelled.every((l) => l.includes('Jadwal pelaksanaan'))).toBe(true);
    expect(labelled.length).toBeGreaterThanOrEqual(2);
    expect(all.some((l) => l.includes('Jadwal Layanan —'))).toBe(false);
    expect(all.some((l) => l.startsWith('Tabel:'))).toBe(false);
  });
});

describe('table captions in the HTML edition', () => {
  it('turns the "Tabel:" line into the table\'s <caption>', async () => {
    const { loadBook } = await import('../../src/app/load-book.ts');
    const { renderHtml } = await import('../../src/render/html/index.ts');
    const body = '## Latar Belakang\n\nTabel: Jadwal pelaksanaan\n\n| Tahap | Tahun |\n|---|---|\n| Persiapan | 2020 |\n\n## Tujuan\n\nTeks.\n';
    const dir = await writeProject(await tempDir('masterplan-caption-html-'), {
      'content/book.yml': `${SMALL_BOOK_YML}rules:\n  severity: { no-quick-win: off }\n`,
      'content/initiatives/a.md': initiative('Jadwal Layanan', '', body),
    });
    const { html } = await renderHtml((await loadBook({ cwd: dir })).book);
    expect(html).toMatch(/<table><caption>Jadwal pelaksanaan<\/caption>/);
    expect(html).not.toContain('Tabel: Jadwal');
  });
});

describe('font subset tags', () => {
  const fontNames = async (title: string) => {
    const dir = await writeProject(await tempDir('masterplan-subset-'), {
      'content/book.yml': `${SMALL_BOOK_YML}rules:\n  severity: { no-quick-win: off }\n`,
      'content/initiatives/a.md': initiative(title),
    });
    return (await readPdf((await renderProject(dir)).pdf)).fonts.map((f) => f.name).sort();
  };

  it('come from the book\'s content: the same book keeps them, another book gets others', async () => {
    const first = await fontNames('Aplikasi Layanan Warga');
    expect(first.length).toBeGreaterThan(1);
    for (const name of first) expect(name).toMatch(/^[A-Z]{6}\+NotoSans/);
    expect(await fontNames('Aplikasi Layanan Warga')).toEqual(first);
    const other = await fontNames('Taman Kota Hijau');
    expect(other.filter((n) => first.includes(n))).toEqual([]);
    // pdfkit alone tags every book's faces alike (…ZZZZZ); no face may keep that.
    expect(first.some((n) => /ZZZZZ\+/.test(n))).toBe(false);
  });
});

describe('cross-references on paper', () => {
  it('a link to another initiative prints its number and page: "(lihat 1.1.2, hlm. N)"', async () => {
    const filler = Array.from({ length: 30 }, () => 'Kalimat pengisi yang cukup panjang agar inisiatif ini memenuhi satu halaman penuh.').join(' ');
    const dir = await writeProject(await tempDir('masterplan-xref-'), {
      'content/book.yml': `${SMALL_BOOK_YML}rules:\n  severity: { no-quick-win: off }\n`,
      'content/initiatives/a.md': initiative('Aplikasi Warga', '', `## Latar Belakang\n\nData diambil dari [portal data](#portal-data) kota.\n\n${filler}\n\n${filler}\n`),
      'content/initiatives/portal-data.md': initiative('Portal Data', 'id: portal-data\n'),
    });
    const { pdf, book } = await renderProject(dir);
    const read = await readPdf(pdf);
    const target = book.initiatives.find((i) => i.id === 'portal-data')!;
    const page = read.labels[await read.destPage(target.anchor)];
    const text = read.text.join(' ').replace(/\s+/g, ' ');
    expect(text).toContain(`portal data (lihat ${target.number}, hlm. ${page}) kota`);
  });
});

describe('web addresses on paper', () => {
  it('a web link prints its address as a footnote on its page, once per address; a bare address gets none', async () => {
    const body = '## Latar Belakang\n\nData terbuka ada di [portal data](https://data.contoh.go.id/) kota, dan [portal yang sama](https://data.contoh.go.id/) memuat arsip. Laman resmi: <https://contoh.go.id>.\n';
    const dir = await writeProject(await tempDir('masterplan-url-'), {
      'content/book.yml': `${SMALL_BOOK_YML}rules:\n  severity: { no-quick-win: off }\n`,
      'content/initiatives/a.md': initiative('Portal Data', '', body),
    });
    const read = await readPdf((await renderProject(dir)).pdf);
    const page = read.text.findIndex((t) => t.includes('portal data'));
    const lines = read.items[page]!.map((i) => i.str);
    // One note for the address written twice, at the foot of the same page.
    expect(lines.filter((s) => s.includes('https://data.contoh.go.id')).length).toBe(1);
    expect(read.text[page]).toMatch(/portal data\s*1\s*kota/);
    expect(read.text[page]).toMatch(/portal yang sama\s*1\s*memuat/);
    // The bare address already shows itself: no note for it.
    expect(read.text.join(' ').match(/https:\/\/contoh\.go\.id/g)).toHaveLength(1);
  });
});
