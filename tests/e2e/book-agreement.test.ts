import { copyFile, mkdir, readFile, symlink } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/catalogue.ts';
import { initiative, ROOT, runCli, SMALL_BOOK_YML, tempDir, writeProject } from '../helpers/cli.ts';
import { imageSizes, readPdf, squash, type ReadPdf } from '../helpers/pdf.ts';
import { CASES, type Files } from '../helpers/rule-cases.ts';
import { UNREADABLE } from '../helpers/subjects.ts';

interface Reported {
  code: number;
  diagnostics: { file: string; rule: string; severity: string; line: number }[];
  stdout: string;
}

/** Write a book project (an unreadable file becomes a broken link) and run `check` on it. */
async function check(files: Files, format = 'json'): Promise<Reported> {
  const dir = await tempDir();
  const written = Object.fromEntries(Object.entries(files).filter(([, v]) => v !== UNREADABLE).map(([k, v]) => [`content/${k}`, v as string | Buffer]));
  await writeProject(dir, { 'content/book.yml': SMALL_BOOK_YML, ...written });
  for (const [rel, v] of Object.entries(files)) {
    if (v !== UNREADABLE) continue;
    await mkdir(path.dirname(path.join(dir, 'content', rel)), { recursive: true });
    await symlink(path.join(dir, 'tidak-ada.md'), path.join(dir, 'content', rel));
  }
  const result = await runCli(['check', '--format', format], dir);
  return { code: result.code, stdout: result.stdout, diagnostics: format === 'json' ? JSON.parse(result.stdout).diagnostics : [] };
}

const severity = (rules: string) => `${SMALL_BOOK_YML}rules:\n  severity: { no-quick-win: off, ${rules} }\n`;

describe('problems that keep a file out of the book cannot be switched off', () => {
  it('a misspelt dimension with dimension-unknown set to warning is still an error', async () => {
    const r = await check({ 'book.yml': severity('dimension-unknown: warning'), 'initiatives/teh.md': '---\ntitle: Teh Tarek\ndimension: smart brandng\nopd: diskominfo\n---\nTeks.\n' });
    expect(r.code).toBe(1);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ file: 'content/initiatives/teh.md', rule: 'dimension-unknown', severity: 'error' }));
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ file: 'content/book.yml', rule: 'severity-fatal', severity: 'error' }));
  });

  it('broken files with yaml-syntax and frontmatter-missing off are still reported, never "tidak ada masalah"', async () => {
    const r = await check(
      { 'book.yml': severity('yaml-syntax: off, frontmatter-missing: off'), 'initiatives/a.md': '---\ntitle: A\ntitle: B\n---\n', 'initiatives/b.md': 'tanpa frontmatter\n' },
      'stylish',
    );
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('tidak ada masalah');
    expect(r.stdout).toMatch(/kesalahan\s+YAML tidak dapat dibaca/);
    expect(r.stdout).toMatch(/content\/initiatives\/b\.md\n\s+1:1\s+kesalahan\s+Berkas inisiatif harus diawali frontmatter/);
  });

  const fatal = RULES.filter((r) => r.fatal === 'always').map((r) => r.id);
  it.each(fatal.flatMap((id) => [[id, 'warning'], [id, 'off']]))('%s set to %s: still an error, exit 1, and the setting is reported', async (id, level) => {
    const r = await check({ ...CASES[id]!.bad, 'book.yml': severity(`${id}: ${level}`) });
    expect(r.code).toBe(1);
    expect(r.diagnostics.filter((d) => d.rule === id).map((d) => d.severity)).toEqual(CASES[id]!.at.map(() => 'error'));
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ file: 'content/book.yml', rule: 'severity-fatal', line: 13 }));
  });

  it('honours period-order: off for book.yml itself', async () => {
    const reversed = SMALL_BOOK_YML.replace('period: { start: 2019, end: 2023 }', 'period: { start: 2023, end: 2019 }');
    const on = await check({ 'book.yml': `${reversed}rules:\n  severity: { no-quick-win: off }\n`, 'initiatives/a.md': initiative('A') });
    expect(on.diagnostics.map((d) => d.rule)).toEqual(['period-order']);
    const off = await check({ 'book.yml': `${reversed}rules:\n  severity: { no-quick-win: off, period-order: off }\n`, 'initiatives/a.md': initiative('A') });
    expect(off).toMatchObject({ code: 0, diagnostics: [] });
  });
});

/** The OPD × dimension matrix rows of the HTML edition: short name → counts per dimension and total. */
function htmlMatrix(html: string): Map<string, number[]> {
  const table = html.slice(html.indexOf('id="lampiran-matriks-opd-dimensi"'), html.indexOf('id="lampiran-inisiatif-per-opd"'));
  const rows = new Map<string, number[]>();
  for (const row of table.split('<tr>').slice(1)) {
    const name = /<th[^>]*scope="row"[^>]*>(?:<a[^>]*>)?([^<]+)/.exec(row)?.[1];
    if (name) rows.set(name, [...row.matchAll(/<td class="num[^"]*">(\d+)<\/td>/g)].map((m) => Number(m[1])));
  }
  return rows;
}

/** The same rows as printed in the PDF: lines of the matrix page, a name wrapped in its cell joined again ("–" is zero). */
function pdfMatrix(pdf: ReadPdf): Map<string, number[]> {
  const page = pdf.text.findIndex((t, i) => t.includes('Matriks OPD dan Dimensi') && pdf.items[i]!.some((it) => it.str === 'Governance'));
  const lines = new Map<number, { x: number; str: string }[]>();
  for (const item of pdf.items[page]!.filter((i) => !i.rotated)) lines.set(Math.round(item.y), [...(lines.get(Math.round(item.y)) ?? []), item]);
  const rows: { name: string; counts: number[] }[] = [];
  for (const [, items] of [...lines].sort((a, b) => b[0] - a[0])) {
    const cells = items.sort((a, b) => a.x - b.x).map((i) => i.str.trim()).filter(Boolean);
    const counts = cells.filter((c) => /^(\d+|–)$/.test(c)).map((c) => (c === '–' ? 0 : Number(c)));
    const name = cells.filter((c) => !/^(\d+|–)$/.test(c)).join(' ');
    // A row has six dimensions and a total; the page number is not one.
    if (counts.length === 7) rows.push({ name, counts });
    else if (rows.length > 0 && name) rows.at(-1)!.name += ` ${name}`;
  }
  return new Map(rows.map((r) => [r.name, r.counts]));
}

describe('PDF, HTML and stats agree on every count and every image', () => {
  let dir: string;
  let stats: { initiatives: number; quickWins: number; byDimension: Record<string, { initiatives: number }>; byOpd: Record<string, { initiatives: number }> };
  let html: string;
  let pdf: ReadPdf;
  let pdfImages: number;
  let checked: { code: number; stdout: string };

  beforeAll(async () => {
    dir = await tempDir();
    const logo = await readFile(path.join(ROOT, 'content/assets/logo.png'));
    await writeProject(dir, {
      'content/book.yml': `${SMALL_BOOK_YML}rules:\n  severity: { no-quick-win: off, opd-unknown: warning, image-outside: warning, element-unknown: warning, image-missing: warning }\n`,
      'content/assets/peta.png': logo,
      'luar.png': logo,
      'content/initiatives/a.md': initiative('Alfa', 'quick_win: true\n', '## Latar Belakang\n\n![Peta layanan](../assets/peta.png)\n'),
      'content/initiatives/b.md': initiative('Bravo', 'supporting_opd: [Badan Entah, Dinkes]\n').replace('opd: diskominfo', 'opd: Dinas Rahasia'),
      'content/initiatives/c.md': initiative('Charlie', '', '## Latar Belakang\n\n![Foto dari luar](../../luar.png)\n\n![Foto hilang](../assets/hilang.png)\n'),
      'content/initiatives/d.md': initiative('Delta', 'element: pariwisata\n'),
      'content/initiatives/e.md': initiative('Echo', 'quick_win: true\n').replace('smart-governance', 'smart-living').replace('diskominfo', 'dinkes'),
    });
    checked = await runCli(['check'], dir);
    const s = await runCli(['stats', '--format', 'json'], dir);
    stats = JSON.parse(s.stdout);
    const built = await runCli(['build', '--out', 'dist'], dir, { SOURCE_DATE_EPOCH: '1564444800' });
    expect(built.code, built.stderr).toBe(0);
    html = await readFile(path.join(dir, 'dist/buku-satu.html'), 'utf8');
    const bytes = await readFile(path.join(dir, 'dist/buku-satu.pdf'));
    pdf = await readPdf(bytes);
    pdfImages = (await imageSizes(bytes)).length;
  });

  it('passes the check with warnings only, so every initiative file is in the book', () => {
    expect(checked.code).toBe(0);
    // The sixth: a 400-pixel map prints soft (image-resolution).
    expect(checked.stdout).toMatch(/0 kesalahan, 6 peringatan/);
    expect(checked.stdout).toContain('image-resolution');
  });

  it('counts all five initiatives in stats, by dimension and by OPD (an agency outside the registry under its own name)', () => {
    expect(stats.initiatives).toBe(5);
    expect(stats.quickWins).toBe(2);
    expect(Object.values(stats.byDimension).reduce((n, c) => n + c.initiatives, 0)).toBe(5);
    expect(Object.values(stats.byOpd).reduce((n, c) => n + c.initiatives, 0)).toBe(5);
    expect(stats.byOpd['dinas-rahasia']).toEqual({ initiatives: 1, quickWins: 0 });
  });

  it('prints every initiative in both editions', () => {
    const text = squash(pdf.text.join(' '));
    for (const title of ['Alfa', 'Bravo', 'Charlie', 'Delta', 'Echo']) {
      expect(html).toMatch(new RegExp(`<h4><span class="num">[\\d.]+</span> ${title}[ <]`));
      expect(text).toContain(`${title}`);
    }
    expect((html.match(/<article class="initiative"/g) ?? []).length).toBe(5);
    expect(html).toContain('Dinas Rahasia');
    expect(text).toContain(squash('Dinas Rahasia'));
  });

  it('prints the same OPD × dimension matrix in the HTML, the PDF and stats', () => {
    const fromHtml = htmlMatrix(html);
    const names = [...fromHtml.keys()];
    const fromPdf = pdfMatrix(pdf);
    expect(names).toEqual(expect.arrayContaining(['Diskominfo', 'Dinkes', 'Dinas Rahasia', 'Jumlah']));
    expect(fromPdf).toEqual(fromHtml);
    const dims = Object.values(stats.byDimension).map((c) => c.initiatives);
    expect(fromHtml.get('Jumlah')).toEqual([...dims, 5]);
    expect(fromHtml.get('Diskominfo')!.at(-1)).toBe(stats.byOpd.diskominfo!.initiatives);
    expect(fromHtml.get('Dinas Rahasia')!.at(-1)).toBe(1);
  });

  it('draws the same images: the one inside the book in both, neither the one outside nor the missing one', () => {
    expect(pdfImages).toBe(1);
    expect((html.match(/<img [^>]*src="data:image\/png;base64,/g) ?? []).length).toBe(1);
    const text = squash(pdf.text.join(' '));
    for (const alt of ['Foto dari luar', 'Foto hilang']) {
      expect(text).toContain(squash(`[${alt}]`));
      expect(html).toContain(`[${alt}]`);
    }
  });
});
