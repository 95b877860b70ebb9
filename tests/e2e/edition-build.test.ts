import { appendFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadBook } from '../../src/app/load-book.ts';
import { runCli } from '../helpers/cli.ts';
import { editionRepository } from '../helpers/edition-book.ts';
import { removeScratch } from '../helpers/git-book.ts';
import { isolateGit } from '../helpers/git-repo.ts';
import { EPOCH, headingPages, readPdf, squash, type ReadPdf } from '../helpers/pdf.ts';

let repo: string;
let pdf: ReadPdf;
let html: string;

beforeAll(async () => {
  isolateGit();
  repo = await editionRepository();
  const built = await runCli(['build', '--changes-since', 'edisi-1', '--out', 'dist'], repo, { SOURCE_DATE_EPOCH: String(EPOCH) });
  expect(built.stderr).toContain('0 kesalahan');
  expect(built.code).toBe(0);
  pdf = await readPdf(await readFile(path.join(repo, 'dist', 'buku-satu.pdf')));
  html = await readFile(path.join(repo, 'dist', 'buku-satu.html'), 'utf8');
}, 60_000);
afterAll(async () => {
  vi.unstubAllEnvs();
  await removeScratch();
});

/** The page (0-based) where an initiative's heading is printed, outside the lists and annexes. */
function initiativePage(title: string): number {
  const pages = headingPages(pdf, title);
  expect(pages.length, title).toBeGreaterThan(0);
  return pages[0]!;
}

describe('build --changes-since edisi-1', () => {
  it('prints the change annex with every change and the totals before and after', () => {
    const [page] = headingPages(pdf, 'Perubahan dari Edisi Sebelumnya');
    expect(page).toBeDefined();
    const text = squash(pdf.text[page!]!);
    for (const needle of [
      'LAMPIRAN 7',
      'dibandingkan dengan edisi-1',
      '+1 inisiatif di Smart Living; −1 inisiatif di Smart Living; 1 dipindahkan; 2 inisiatif diubah; quick win 1 menjadi 3; anggaran +Rp300.000.000',
      'Inisiatif 4 4 0',
      'Quick win 1 3 +2',
      'Anggaran Rp350.000.000 Rp650.000.000 +Rp300.000.000',
      'Ambulans Daring Baru',
      'Portal Satu Data Diubah — OPD pengampu: diskominfo menjadi dinkes; quick win: tidak menjadi ya; anggaran: Rp100.000.000 menjadi Rp150.000.000; indikator (KPI): − Dataset terbuka: 50 (2021); + Dataset terbuka: 80 (2021); teks: +5 kata, −0 kata',
      'Posyandu Digital Diubah — dimensi: Smart Living menjadi Smart Society',
      'Klinik Keliling Dihapus — semula',
      'edisi: Edisi 1 menjadi Konsep 2',
      'OPD ditambahkan: dishub (Dinas Perhubungan)',
    ]) expect(text, needle).toContain(squash(needle));
    // Listed in the table of contents with the other annexes.
    expect(squash(pdf.text.slice(0, 12).join(' '))).toContain(squash('7 Perubahan dari Edisi Sebelumnya'));
  });

  it('marks each new or changed initiative in the outer margin, and no other', () => {
    const [width] = pdf.size;
    const outerMm = 20 * (72 / 25.4);
    const marksOn = (page: number) => pdf.items[page]!.filter((i) => /^(Baru|Diubah|Pindah)$/.test(i.str) && (i.x < outerMm || i.x > width - outerMm));
    for (const [title, label] of [['Portal Satu Data', 'Diubah'], ['Posyandu Digital', 'Diubah'], ['Ambulans Daring', 'Baru']] as const) {
      expect(marksOn(initiativePage(title)).map((i) => i.str), title).toContain(label);
    }
    const all = pdf.items.flatMap((_, n) => marksOn(n));
    expect(all.map((i) => i.str).sort()).toEqual(['Baru', 'Diubah', 'Diubah']);
  });

  it('gives the HTML the same annex and a badge on each changed initiative', () => {
    expect(html).toContain('id="lampiran-perubahan"');
    for (const [id, label] of [['portal-data', 'Diubah'], ['posyandu', 'Diubah'], ['ambulans-daring', 'Baru']]) {
      expect(html).toMatch(new RegExp(`<article class="initiative changed" id="${id}"[^>]*>[\\s\\S]*?<span class="change-badge change-\\w+">${label}</span>`));
    }
    expect(html).toMatch(/<article class="initiative" id="sekolah-daring"/);
  });
});

describe('book.yml previous_edition', () => {
  it('adds the annex to a plain build, named as book.yml names the edition', async () => {
    const dir = await editionRepository();
    await appendFile(path.join(dir, 'content', 'book.yml'), 'previous_edition: { ref: edisi-1, label: "Edisi 1, 30 Juli 2019" }\n');
    const built = await runCli(['build', '--format', 'html', '--out', 'dist'], dir);
    expect(built.code).toBe(0);
    const page = await readFile(path.join(dir, 'dist', 'buku-satu.html'), 'utf8');
    expect(page).toContain('dibandingkan dengan Edisi 1, 30 Juli 2019 (ref git edisi-1');
    // The setting itself is not a change of the book.
    expect(page).not.toContain('edisi sebelumnya:');
  });

  it('refuses a ref that names no commit, naming book.yml, and writes nothing', async () => {
    const dir = await editionRepository();
    await appendFile(path.join(dir, 'content', 'book.yml'), 'previous_edition: { ref: edisi-satu }\n');
    const built = await runCli(['build', '--out', 'dist'], dir);
    expect(built.code).toBe(2);
    expect(built.stderr).toContain('content/book.yml: previous_edition.ref: Ref `edisi-satu` tidak ditemukan di repositori git.');
    await expect(readFile(path.join(dir, 'dist', 'buku-satu.pdf'))).rejects.toThrow();
  });
});

describe('build --changed', () => {
  it('previews only the initiatives the branch adds or changes, numbered as in the full book, with the annex', async () => {
    const built = await runCli(['build', '--changed', '--out', 'pratinjau'], repo, { SOURCE_DATE_EPOCH: String(EPOCH) });
    expect(built.code).toBe(0);
    const preview = await readPdf(await readFile(path.join(repo, 'pratinjau', 'pratinjau-perubahan.pdf')));
    const { book } = await loadBook({ cwd: repo });
    const numbers = new Map(book.initiatives.map((i) => [i.title, i.number]));
    const all = squash(preview.text.join(' '));
    for (const title of ['Portal Satu Data', 'Posyandu Digital', 'Ambulans Daring']) {
      expect(headingPages(preview, `${numbers.get(title)} ${title}`).length, title).toBeGreaterThan(0);
    }
    // The unchanged initiative is not printed, the removed one only in the annex.
    expect(all).not.toContain('SekolahDaring');
    expect(headingPages(preview, 'Klinik Keliling')).toEqual([]);
    expect(all).toContain(squash('Klinik Keliling Dihapus'));
    expect(all).toContain(squash('Pratinjau Perubahan'));
    expect(all).toContain(squash('LAMPIRAN 1 Perubahan dari Edisi Sebelumnya'));
    // Not the whole book: no approval sheet, no executive summary, no other annex.
    expect(all).not.toContain(squash('Ringkasan Eksekutif'));
    expect(all).not.toContain(squash('Peta Jalan'));
    const html = await readFile(path.join(repo, 'pratinjau', 'pratinjau-perubahan.html'), 'utf8');
    expect(html).toContain(`<span class="num">${numbers.get('Ambulans Daring')}</span> Ambulans Daring`);
    expect(html).not.toContain('Sekolah Daring');
  });

  it('refuses to be combined with another book', async () => {
    const built = await runCli(['build', '--changed', '--book', 'ringkasan'], repo);
    expect(built.code).toBe(2);
    expect(built.stderr).toContain('`--changed` membuat pratinjau perubahan sendiri');
  });
});
