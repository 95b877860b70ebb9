import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LoadResult } from '../../src/app/load-book.ts';
import { renderHtml } from '../../src/render/html/index.ts';
import { renderPdf } from '../../src/render/pdf/index.ts';
import { SMALL_BOOK_YML } from '../helpers/cli.ts';
import { memoryBook } from '../helpers/subjects.ts';

/**
 * Books generated from the grammar of the contract (product.md §2–3), then mutated as
 * careless or hostile writers do: bytes flipped, Word's quotes, broken indentation, other
 * encodings, files cut short. `npm test` checks 1,000 seeded books; `npm run fuzz` runs
 * many more with a fresh seed, and renders those that pass.
 */
const RUNS = Number(process.env.MASTERPLAN_FUZZ_RUNS ?? 1000);
const SEED = process.env.MASTERPLAN_FUZZ_SEED !== undefined ? Number(process.env.MASTERPLAN_FUZZ_SEED) : process.env.MASTERPLAN_FUZZ_RUNS ? Date.now() : 20191230;
const RENDER = process.env.MASTERPLAN_FUZZ_RENDER === '1';

const words = fc.constantFrom('Aplikasi', 'Tanjak', 'layanan', 'publik', 'Kota', 'pasar', 'ikan', 'e-Puskesmas', 'Dinas', 'data', '2020', 'ü', 'é', '—', '"', "'", ':', '#', '*', '`', '[', ']', '(', ')', '<b>', '&amp;', '\\', '\u201c', '\u201d', '\u0007', '\u001b[31m', '\u202e', '☃', '智', '%', '{', '}', '|', '-');
const text = fc.array(words, { minLength: 0, maxLength: 8 }).map((w) => w.join(' '));
const ids = fc.constantFrom('tanjak', 'a', 'b', 'smart-governance', 'lampiran-peta-jalan', 'x-y', 'Tanjak', 'tanjak ekonomi', '');

const scalar = fc.oneof(
  text,
  fc.integer({ min: -5, max: 3_000_000_000 }).map(String),
  fc.constantFrom('true', 'false', 'ya', 'null', '~', '1.500', '1e400', '“1500000000”', '[APBD, CSR]', '{ 2020: 5, 2021: x }', '[', '"', "'a", '- a', '&a', '*a', '!!js/function x'),
);

const frontmatterLine = fc.oneof(
  fc.record({ key: fc.constantFrom('title', 'dimension', 'element', 'opd', 'supporting_opd', 'quick_win', 'horizon', 'start_year', 'end_year', 'status', 'budget', 'funding', 'partners', 'id', 'dimensi', 'anggaran'), value: scalar }).map(({ key, value }) => `${key}: ${value}`),
  fc.constantFrom('title: Aplikasi Tanjak', 'dimension: smart-governance', 'dimension: Smart Living', 'opd: diskominfo', 'opd: Dinkes', 'quick_win: true', 'start_year: 2020', 'end_year: 2021', 'budget: 150000000', 'budget: { 2020: 50000000, 2021: 100000000 }', 'kpi:\n  - indicator: Pengguna\n    target: "10.000"\n    year: 2021', 'opd:dinkes', 'title: “Ambulans: Cepat”'),
);

const block = fc.oneof(
  text,
  text.map((t) => `## ${t}`),
  fc.constantFrom('## Latar Belakang', '## Tujuan', '## A. Latar Belakang', '### Sub', '# Judul'),
  fc.array(text, { minLength: 1, maxLength: 4 }).map((items) => items.map((i) => `- ${i}`).join('\n')),
  fc.nat({ max: 40 }).map((n) => `${'> '.repeat(n)}kutipan`),
  fc.nat({ max: 40 }).map((n) => `${'  '.repeat(n)}- daftar`),
  fc.nat({ max: 30 }).map((n) => `${'**'.repeat(n)}tebal${'**'.repeat(n)}`),
  ids.map((id) => `Lihat [inisiatif](#${id}) dan [ref][r].\n\n[r]: #${id}`),
  fc.constantFrom('![Peta](peta.png)', '![Kapal](foto kapal.png)', '![x](../../assets/logo.png)', '![x](C:\\foto.jpg)', '![x](100%.png)', '![x](https://contoh.id/a.png)', '![', '![]('),
  fc.constantFrom('| A | B |\n|---|---|\n| 1 | 2 |', '| A |\n|---|\n| 1 | 2 | 3 |', 'Teks[^1].\n\n[^1]: Catatan.', '```\nkode\n```', '```', '<script>alert(1)</script>', '<div>Teks</div>', '- [x] selesai', '~~coret~~', 'https://contoh.id'),
);

const markdownFile = fc.record({ front: fc.array(frontmatterLine, { maxLength: 8 }), body: fc.array(block, { maxLength: 8 }), fence: fc.constantFrom('---', '---', '---', '--- ', '---yaml', '---js', '') }).map(({ front, body, fence }) => `${fence}\n${front.join('\n')}\n${fence === '' ? '' : '---'}\n${body.join('\n\n')}\n`);

/** What careless or hostile hands do to a file. */
const mutation = fc.oneof(
  fc.constant((s: Buffer) => s),
  fc.constant((s: Buffer) => s),
  fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }).map(({ at, byte }) => (s: Buffer) => {
    const out = Buffer.from(s);
    if (out.length) out[at % out.length] = byte;
    return out;
  }),
  fc.nat().map((at) => (s: Buffer) => s.subarray(0, s.length ? at % s.length : 0)),
  fc.constant((s: Buffer) => Buffer.from(s.toString('utf8').replace(/"/g, '\u201c').replace(/'/g, '\u2019'), 'utf8')),
  fc.constant((s: Buffer) => Buffer.from(s.toString('utf8').replace(/\n/g, '\n\t'), 'utf8')),
  fc.constant((s: Buffer) => Buffer.from(s.toString('utf8').replace(/\n/g, '\r\n'), 'utf8')),
  fc.constant((s: Buffer) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s.toString('utf8'), 'utf16le')])),
  fc.constant((s: Buffer) => Buffer.from(s.toString('utf8'), 'latin1')),
  fc.constant((s: Buffer) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), s])),
);

const place = fc.constantFrom('initiatives/a.md', 'initiatives/smart-living/b.md', 'initiatives/c.md', 'front/kata-pengantar.md', 'back/penutup.md', 'dimensions/smart-economy.md', 'dimensions/smart-kota.md', 'lain/d.md');

const bookYml = fc.oneof(
  fc.constant(SMALL_BOOK_YML),
  fc.constant(`${SMALL_BOOK_YML}rules:\n  severity: { no-quick-win: off }\n`),
  fc.constant(`${SMALL_BOOK_YML}approval:\n  signers:\n    - { label: Mengesahkan, role: Wali Kota, name: "H. Syahrul" }\n`),
  fc.constant(SMALL_BOOK_YML.replace('period: { start: 2019, end: 2023 }', 'period: { start: 2023, end: 2019 }')),
  text.map((t) => `${SMALL_BOOK_YML}edition: ${t}\n`),
);

/** Text a careful writer leaves: what the checks accept, so these books reach the renderers. */
const plainText = fc.array(fc.constantFrom('Aplikasi', 'layanan', 'publik', 'Kota', 'pasar', 'ikan', 'data', '2020', 'warga', 'Tanjungpinang', 'kependudukan', 'terpadu', '**tebal**', '_miring_', '`kode`', '[tautan](https://contoh.id)'), { minLength: 1, maxLength: 60 }).map((w) => w.join(' '));
const sound = fc
  .record({
    title: fc.array(fc.constantFrom('Aplikasi', 'Layanan', 'Pasar', 'Ikan', 'Daring', 'Kota', 'Sehat', 'Cerdas'), { minLength: 1, maxLength: 12 }).map((w) => w.join(' ')),
    dimension: fc.constantFrom('smart-governance', 'smart-branding', 'smart-economy', 'smart-living', 'smart-society', 'smart-environment'),
    extra: fc.subarray(['quick_win: true', 'start_year: 2020', 'end_year: 2022', 'budget: 150000000', 'funding: [APBD]', 'status: berjalan', 'horizon: pendek', 'supporting_opd: [dinkes]']),
    blocks: fc.array(fc.oneof(plainText, plainText.map((t) => `- ${t}\n- ${t}`), fc.constant('| Tahun | Anggaran |\n|---|--:|\n| 2020 | 1.000 |'), plainText.map((t) => `> ${t}`), fc.constant('### Rincian')), { maxLength: 6 }),
  })
  .map(({ title, dimension, extra, blocks }) => `---\ntitle: ${title}\ndimension: ${dimension}\nopd: diskominfo\n${extra.join('\n')}\n---\n## Latar Belakang\n\n${blocks.join('\n\n') || 'Teks.'}\n\n## Tujuan\n\nTeks.\n`);
const soundBook = fc.record({
  yml: fc.constant(Buffer.from(`${SMALL_BOOK_YML}rules:\n  severity: { no-quick-win: off }\n`, 'utf8')),
  files: fc.uniqueArray(fc.tuple(fc.constantFrom('initiatives/a.md', 'initiatives/b.md', 'initiatives/c.md', 'initiatives/d.md'), sound, fc.constant((b: Buffer) => b)), { minLength: 1, maxLength: 4, selector: ([rel]) => rel }),
});

const book = fc.oneof(
  { weight: 3, arbitrary: fc.record({ yml: fc.tuple(bookYml, mutation).map(([yml, mutate]) => mutate(Buffer.from(yml, 'utf8'))), files: fc.array(fc.tuple(place, markdownFile, mutation), { minLength: 1, maxLength: 4 }) }) },
  { weight: 1, arbitrary: soundBook },
);

/** Lines of a file as the check counts them. */
function lineCount(bytes: Buffer): number {
  return bytes.toString('utf8').split('\n').length;
}

describe('generated and mutated books (fast-check)', () => {
  let clean = 0;
  it(`never crash the check, and every position is inside its file (${RUNS} books, seed ${SEED})`, async () => {
    await fc.assert(
      fc.asyncProperty(book, async ({ yml, files }) => {
        const contents: Record<string, Buffer> = { 'book.yml': yml };
        for (const [rel, md, mutate] of files) contents[rel] = mutate(Buffer.from(md, 'utf8'));
        let result: LoadResult;
        try {
          result = memoryBook(contents);
        } catch (error) {
          // A book.yml without its required keys is refused as a usage problem; nothing else may throw.
          if (error instanceof Error && error.name === 'UsageError') return;
          throw error;
        }
        for (const d of result.diagnostics) {
          const rel = d.file.replace(/^content\//, '');
          const bytes = contents[rel];
          expect(bytes, `${d.file} is a file of the book`).toBeDefined();
          expect(d.line, `${d.rule} at ${d.file}:${d.line}`).toBeGreaterThanOrEqual(1);
          expect(d.line, `${d.rule} at ${d.file}:${d.line}`).toBeLessThanOrEqual(lineCount(bytes!) + 1);
          expect(d.column, `${d.rule} at ${d.file}:${d.line}:${d.column}`).toBeGreaterThanOrEqual(1);
          expect(d.message).not.toMatch(/\u001b|undefined|\[object Object\]|NaN/);
        }
        if (result.errors === 0) clean++;
        if (RENDER && result.errors === 0) {
          await renderHtml(result.book);
          await renderPdf(result.book, { sourceDateEpoch: 0 });
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    // Enough books come through clean to reach the renderers in `npm run fuzz`.
    expect(clean).toBeGreaterThan(RUNS / 50);
  }, 600_000);
});
