import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io/io.ts';
import { run } from '../../src/cli/main.ts';
import { copyFixture } from '../helpers/cli.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/export/content');
let dir: string;

beforeEach(async () => {
  dir = await copyFixture(FIXTURE, 'masterplan-export-');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** A strict RFC 4180 reader, independent of the writer under test. */
function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

const HEADER = ['No.', 'Judul', 'ID', 'Dimensi', 'Elemen', 'Nama elemen', 'OPD', 'Nama OPD', 'OPD pendukung', 'Quick win', 'Jangka waktu', 'Tahun mulai', 'Tahun selesai', 'Status', 'Anggaran (Rp)', 'Sumber dana', 'Mitra', 'Indikator (KPI)', 'Berkas'];
const TANJAK = [
  '1.1.1', 'Aplikasi "Tanjak" Kota', 'tanjak', 'smart-governance', 'pelayanan', 'Pelayanan Publik', 'diskominfo', 'Dinas Komunikasi dan Informatika',
  'Badan Perencanaan, Penelitian dan Pengembangan Daerah; Dinas Kesehatan', 'Ya', 'pendek', '2024', '2025', 'berjalan', '150000000', 'APBD; APBN',
  'PT Telkom Indonesia (Persero), Tbk; Bank Riau Kepri', 'Pengguna aktif bulanan: 10.000 (2025); Aduan ditindaklanjuti: 80', 'content/initiatives/smart-governance/tanjak.md',
];

describe('masterplan export', () => {
  it('prints CSV with a BOM, one row per initiative in book order, every field, proper quoting', async () => {
    const io = memoryIo(dir);
    expect(await run(['export'], io)).toBe(0);
    expect(io.out().startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(io.out().slice(1));
    expect(rows[0]).toEqual(HEADER);
    expect(rows).toHaveLength(4);
    expect(rows[1]).toEqual(TANJAK);
    expect(rows[2]).toEqual(['3.1.1', 'Pasar Rakyat Đặng & Café', 'pasar-rakyat', 'smart-economy', 'kesejahteraan', 'Kesejahteraan', 'disdagin', 'Dinas Perdagangan dan Perindustrian', '', 'Ya', 'menengah', '2025', '2028', 'usulan', '0', 'CSR', '', '', 'content/initiatives/smart-economy/pasar-rakyat.md']);
    // A title that Excel would run as a formula stays text.
    expect(rows[3]!.slice(0, 4)).toEqual(['4.1.1', "'=1+1 Layanan Sehat", 'layanan-sehat', 'smart-living']);
  });

  it('uses the delimiter asked for, e.g. ";" for Excel in Indonesian', async () => {
    const io = memoryIo(dir);
    expect(await run(['export', '--format', 'csv', '--delimiter', ';'], io)).toBe(0);
    const rows = parseCsv(io.out().slice(1), ';');
    expect(rows[1]).toEqual(TANJAK);
    expect(io.out()).toContain(';"Badan Perencanaan, Penelitian dan Pengembangan Daerah; Dinas Kesehatan";');
  });

  it('writes an xlsx that a real reader opens: header row, frozen panes, widths, rupiah numbers', async () => {
    const io = memoryIo(dir);
    expect(await run(['export', '--format', 'xlsx', '--out', 'laporan/inisiatif.xlsx'], io)).toBe(0);
    // The note goes to stderr: stdout carries data only, so `export … > file` never mixes text in.
    expect(io.err()).toContain('Ditulis: laporan/inisiatif.xlsx');
    expect(io.out()).toBe('');
    expect(await readdir(path.join(dir, 'laporan'))).toEqual(['inisiatif.xlsx']);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, 'laporan/inisiatif.xlsx'));
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Inisiatif');
    expect(sheet.rowCount).toBe(4);
    const values = (r: number) => (sheet.getRow(r).values as unknown[]).slice(1);
    expect(values(1)).toEqual(HEADER);
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    const tanjak = values(2);
    expect(tanjak.map(String)).toEqual(TANJAK);
    expect(tanjak[11]).toBe(2024);
    expect(tanjak[14]).toBe(150000000);
    expect(sheet.getCell('O2').numFmt).toBe('"Rp"#,##0');
    expect(values(3)[14]).toBe(0);
    expect(sheet.getCell('B4').value).toBe('=1+1 Layanan Sehat'); // typed text, never a formula
    expect(sheet.getCell('O4').value).toBeNull();
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 1 });
    expect(sheet.getColumn(2).width).toBeGreaterThan(20);
    expect(sheet.getColumn(1).width).toBeLessThan(12);
    expect(sheet.autoFilter).toBe('A1:S4');
  });

  it('writes dist/inisiatif.xlsx by default and infers xlsx from --out', async () => {
    expect(await run(['export', '--format', 'xlsx'], memoryIo(dir))).toBe(0);
    expect((await readFile(path.join(dir, 'dist/inisiatif.xlsx'))).subarray(0, 2).toString()).toBe('PK');
    expect(await run(['export', '--out', 'daftar.xlsx'], memoryIo(dir))).toBe(0);
    expect((await readFile(path.join(dir, 'daftar.xlsx'))).subarray(0, 2).toString()).toBe('PK');
    const stdout = memoryIo(dir);
    expect(await run(['export', '--format', 'xlsx', '--out', '-'], stdout)).toBe(2);
  });

  it('prints JSON rows with native types, and English headers with --lang en', async () => {
    const io = memoryIo(dir);
    expect(await run(['export', '--format', 'json'], io)).toBe(0);
    const rows = JSON.parse(io.out());
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      id: 'tanjak', opd: 'diskominfo', supporting_opd: ['bappeda', 'dinkes'], quick_win: true, budget: 150000000, start_year: 2024,
      funding: ['APBD', 'APBN'], kpi: [{ indicator: 'Pengguna aktif bulanan', target: '10.000', year: 2025 }, { indicator: 'Aduan ditindaklanjuti', target: 80, year: null }],
    });
    expect(rows[2]).toMatchObject({ id: 'layanan-sehat', element: null, budget: null, quick_win: false });
    const en = memoryIo(dir);
    expect(await run(['export', '--lang', 'en'], en)).toBe(0);
    expect(parseCsv(en.out().slice(1))[0]!.slice(0, 3)).toEqual(['No.', 'Title', 'ID']);
  });

  it('exports the valid initiatives of a book with errors, warns on stderr and exits 1', async () => {
    await writeFile(path.join(dir, 'content/initiatives/smart-living/rusak.md'), '---\ntitle: Rusak\ndimension: smart-livin\nopd: dinkes\n---\n## Latar Belakang\n\nA.\n');
    const io = memoryIo(dir);
    expect(await run(['export', '--format', 'json'], io)).toBe(1);
    expect(JSON.parse(io.out())).toHaveLength(3);
    expect(io.err()).toContain('1 kesalahan dalam 1 berkas');
  });

  it('rejects an unusable delimiter or format with exit 2', async () => {
    expect(await run(['export', '--delimiter', '::'], memoryIo(dir))).toBe(2);
    expect(await run(['export', '--format', 'ods'], memoryIo(dir))).toBe(2);
  });
});
