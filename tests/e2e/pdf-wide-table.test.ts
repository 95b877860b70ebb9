import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { initiative, runCli, SMALL_BOOK_YML, tempDir, writeProject } from '../helpers/cli.ts';
import { readPdf, renderProject, squash } from '../helpers/pdf.ts';
import { BUDGET_NUMBERS, budgetTable } from '../helpers/budget-table.ts';

/** Width and height of every page, in points. */
async function pageSizes(pdf: Buffer): Promise<[number, number][]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const sizes: [number, number][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const viewport = (await doc.getPage(n)).getViewport({ scale: 1 });
    sizes.push([viewport.width, viewport.height]);
  }
  return sizes;
}

/** A different amount for each year and row, as budgets print them. */
const amount = (year: number, row: number): string => `${row}.${String(year - 2000).padStart(2, '0')}0.500.000`;

/** Ten years of budget in twelve columns: too wide for a portrait page even at 8 pt. */
function twelveColumns(): string {
  const years = Array.from({ length: 10 }, (_, i) => 2017 + i);
  const row = (n: number) => `| Kegiatan pendataan ${n} | DKUKMPP | ${years.map((y) => amount(y, n)).join(' | ')} |`;
  return ['Tabel: Anggaran sepuluh tahun', '', `| Kegiatan | OPD | ${years.join(' | ')} |`, `|---|---|${years.map(() => '--:').join('|')}|`, ...Array.from({ length: 6 }, (_, n) => row(n + 1))].join('\n');
}

describe('a table too wide for the page', () => {
  it('prints every number whole; tables too wide at 8 pt go on landscape pages between portrait pages, numbered on', async () => {
    const small = '| Kegiatan | 2020 | 2021 |\n|---|--:|--:|\n| Pendataan | 250.000.000 | 300.000.000 |';
    const body = `## Latar Belakang\n\nSebelum tabel.\n\nTabel: Anggaran lima tahun\n\n${budgetTable()}\n\nDi antara tabel.\n\n${twelveColumns()}\n\n## Tujuan\n\nSesudah tabel.\n\n${small}\n`;
    const dir = await writeProject(await tempDir('masterplan-wide-table-'), {
      'content/book.yml': `${SMALL_BOOK_YML}rules:\n  severity: { no-quick-win: off }\n`,
      'content/initiatives/a.md': initiative('A', '', body),
    });
    const { pdf } = await renderProject(dir);
    if (process.env.KEEP_PDF) (await import('node:fs')).writeFileSync(process.env.KEEP_PDF, pdf);
    const read = await readPdf(pdf);
    const sizes = await pageSizes(pdf);
    const page = (needle: string) => read.text.findIndex((t) => squash(t).includes(squash(needle)));
    const [before, budget, between, wide, after] = [page('Sebelum tabel'), page('6.388.000.000'), page('Di antara tabel'), page(amount(2026, 1)), page('Sesudah tabel')] as const;
    // Both wide tables are on the paper turned sideways, each on its own page; the text around them and the small table stay portrait.
    const landscape = (p: number) => sizes[p]![0] > sizes[p]![1];
    expect([before, budget, between, wide, after].map(landscape)).toEqual([false, true, false, true, false]);
    expect([budget, between, wide, after]).toEqual([before + 1, before + 2, before + 3, before + 4]);
    expect(sizes[wide]).toEqual([sizes[0]![1], sizes[0]![0]]);
    expect(sizes.filter(([w, h]) => w > h)).toHaveLength(2);
    expect(squash(read.text[after]!)).toContain('300.000.000');
    // Every number whole, in a cell of its own; on the turned page words need no hyphen.
    const cells = (p: number) => read.items[p]!.filter((i) => !i.rotated).map((i) => i.str.trim());
    for (const number of BUDGET_NUMBERS) expect(cells(budget).filter((c) => c === number).length, number).toBeGreaterThanOrEqual(3);
    expect(cells(budget)).toContain('Pengembangan kewirausahaan masyarakat pesisir');
    for (let n = 1; n <= 6; n++) for (let y = 2017; y <= 2026; y++) expect(cells(wide), `${y} ${n}`).toContain(amount(y, n));
    // The folio reads upright and the numbering runs on.
    expect(cells(wide)).toContain(read.labels[wide]);
    expect([budget, between, wide, after].map((p) => Number(read.labels[p]))).toEqual([1, 2, 3, 4].map((n) => Number(read.labels[before]) + n));
  });
});

describe('a table with one overlong token', () => {
  it('stays on a portrait page and breaks the token there: turning the paper would not keep it whole', async () => {
    const token = 'TokenSangatPanjangTanpaSpasi'.repeat(6);
    const table = `| No | Uraian | Nilai |\n|---|---|--:|\n| 1 | ${token} | 1.250.000 |\n| 2 | Pendataan warga | 2.500.000 |`;
    const dir = await writeProject(await tempDir('masterplan-token-table-'), {
      'content/book.yml': `${SMALL_BOOK_YML}rules:\n  severity: { no-quick-win: off }\n`,
      'content/initiatives/a.md': initiative('A', '', `## Latar Belakang\n\n${table}\n\n## Tujuan\n\nTeks.\n`),
    });
    const { pdf } = await renderProject(dir);
    const sizes = await pageSizes(pdf);
    const read = await readPdf(pdf);
    const page = read.text.findIndex((t) => squash(t).includes('2.500.000'));
    expect(sizes.every(([w, h]) => w < h)).toBe(true);
    expect(squash(read.text[page]!)).toContain('1.250.000');
  });
});

describe('a table too wide even for a landscape page', () => {
  it('is a build warning at its file and line, in the language asked; `--strict` refuses the book', async () => {
    const years = Array.from({ length: 15 }, (_, i) => 2017 + i);
    const table = [`| Kegiatan | ${years.join(' | ')} |`, `|---|${years.map(() => '--:').join('|')}|`, `| Pendataan | ${years.map((y) => amount(y, 1)).join(' | ')} |`].join('\n');
    const file = initiative('A', '', `## Latar Belakang\n\nTeks.\n\n${table}\n\n## Tujuan\n\nTeks.\n`);
    const dir = await writeProject(await tempDir('masterplan-too-wide-'), {
      'content/book.yml': `${SMALL_BOOK_YML}rules:\n  severity: { no-quick-win: off }\n`,
      'content/initiatives/a.md': file,
    });
    const line = file.split('\n').findIndex((l) => l.startsWith('| Kegiatan')) + 1;
    const id = await runCli(['build', '--format', 'pdf', '--out', 'dist'], dir);
    expect(id.code).toBe(0);
    expect(id.stderr).toContain('content/initiatives/a.md');
    expect(id.stderr).toMatch(new RegExp(`${line}:1\\s+peringatan\\s+Tabel terlalu lebar untuk halaman.*table-too-wide`));
    const en = await runCli(['build', '--format', 'pdf', '--out', 'dist', '--lang', 'en'], dir);
    expect(en.stderr).toContain('The table is too wide for the page, even on a landscape page at 8 pt');
    const strict = await runCli(['build', '--format', 'pdf', '--out', 'dist2', '--strict'], dir);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('table-too-wide');
  });
});
