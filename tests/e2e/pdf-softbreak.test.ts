import { describe, expect, it } from 'vitest';
import { initiative, SMALL_BOOK_YML, tempDir, writeProject } from '../helpers/cli.ts';
import { readPdf, renderProject, squash } from '../helpers/pdf.ts';
import { BUDGET_NUMBERS, budgetTable } from '../helpers/budget-table.ts';

const SENTENCE = 'Pelayanan administrasi kependudukan di Kota Contoh masih dilakukan secara manual di loket kelurahan sehingga warga harus datang berkali-kali untuk satu urusan dan antrean menumpuk pada awal tahun ajaran baru ketika banyak keluarga mengurus kartu keluarga dan akta kelahiran anak mereka.';

/** The sentence wrapped at 40 columns, as an editor with hard wrap writes it. */
function wrapped(text: string, width = 40): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join('\n');
}

describe('line endings inside a paragraph', () => {
  it('a paragraph hard-wrapped at 40 columns prints as one justified paragraph; a hard break stays a break', async () => {
    const body = `## Latar Belakang\n\n${wrapped(SENTENCE)}\n\n## Tujuan\n\nBaris pertama\\\nbaris kedua.\n`;
    const dir = await writeProject(await tempDir('masterplan-soft-'), {
      'content/book.yml': `${SMALL_BOOK_YML}rules:\n  severity: { no-quick-win: off }\n`,
      'content/initiatives/a.md': initiative('A', '', body),
    });
    const { pdf } = await renderProject(dir);
    const read = await readPdf(pdf);
    const page = read.items.findIndex((items) => squash(items.map((i) => i.str).join('')).includes(squash('Pelayanan administrasi')));
    const lines = new Map<number, string>();
    for (const item of read.items[page]!.filter((i) => !i.rotated && i.size < 12)) lines.set(Math.round(item.y), `${lines.get(Math.round(item.y)) ?? ''}${item.str}`);
    const paragraph = [...lines.entries()].sort((a, b) => b[0] - a[0]).map(([, t]) => t).filter((t) => SENTENCE.replace(/\s+/g, '').includes(t.replace(/\s+/g, '')) && t.trim().length > 10);
    // The text block is about 90 characters wide: 40-column lines would take 8 lines.
    expect(paragraph.length).toBeLessThanOrEqual(4);
    expect(paragraph.slice(0, -1).every((t) => t.length > 60)).toBe(true);
    const texts = [...lines.values()];
    expect(texts.some((t) => t.trim() === 'Baris pertama')).toBe(true);
  });
});

describe('hyphenation', () => {
  it('breaks long Indonesian words in body text at their syllables with a hyphen, never numbers, codes or headings', async () => {
    const words = 'kewirausahaan pengembangan kesejahteraan pemberdayaan penyelenggaraan kependudukan pertanggungjawaban';
    const paragraph = Array.from({ length: 12 }, () => `${words} DKUKMPP 1.250.000.000`).join(' ');
    const dir = await writeProject(await tempDir('masterplan-hyphen-'), {
      'content/book.yml': `${SMALL_BOOK_YML}rules:\n  severity: { no-quick-win: off }\n`,
      'content/initiatives/a.md': initiative('Pengembangan Kewirausahaan Pertanggungjawaban Penyelenggaraan Pemberdayaan Kesejahteraan', '', `## Latar Belakang\n\n${paragraph}\n\n## Tujuan\n\nTeks.\n`),
    });
    const { pdf } = await renderProject(dir);
    const read = await readPdf(pdf);
    const lines = read.items.flatMap((items) => {
      const byY = new Map<number, { x: number; str: string }[]>();
      for (const i of items.filter((t) => !t.rotated)) byY.set(Math.round(i.y), [...(byY.get(Math.round(i.y)) ?? []), i]);
      return [...byY.values()].map((l) => l.sort((a, b) => a.x - b.x).map((t) => t.str).join('').trim());
    });
    const hyphenated = lines.filter((l) => /\p{Ll}-$/u.test(l));
    expect(hyphenated.length).toBeGreaterThan(3);
    // Each break leaves at least two letters on both sides, and never splits a number or a code.
    for (const l of hyphenated) expect(l).toMatch(/\p{L}{2,}-$/u);
    expect(lines.some((l) => /\d-$/.test(l) || /DKUK-|DKUKMP-/.test(l))).toBe(false);
    // Titles are not hyphenated.
    expect(lines.filter((l) => l.includes('Pengembangan Kewirausahaan')).every((l) => !l.endsWith('-'))).toBe(true);
  });
});

describe('a five-year budget table', () => {
  it('prints every number whole and breaks words only at syllables, with a hyphen', async () => {
    const table = budgetTable();
    const dir = await writeProject(await tempDir('masterplan-budget-table-'), {
      'content/book.yml': `${SMALL_BOOK_YML}rules:\n  severity: { no-quick-win: off }\n`,
      'content/initiatives/a.md': initiative('A', '', `## Latar Belakang\n\nTabel: Anggaran per tahun\n\n${table}\n\n## Tujuan\n\nTeks.\n`),
    });
    const { pdf } = await renderProject(dir);
    const read = await readPdf(pdf);
    const page = read.text.findIndex((t) => squash(t).includes('Kegiatan'));
    const cells = read.items[page]!.filter((i) => !i.rotated).map((i) => i.str.trim()).filter(Boolean);
    for (const number of BUDGET_NUMBERS) {
      expect(cells.filter((c) => c === number).length, number).toBeGreaterThanOrEqual(3);
    }
    expect(cells.filter((c) => c === 'DKUKMPP')).toHaveLength(2);
    // A word cut inside a cell ends with a hyphen; no cell holds a stray piece of a number.
    for (const c of cells) expect(c, c).not.toMatch(/^0\d*$|^\d{2,3}$|^\.\d|\d\.$/);
  });
});

describe('typography', () => {
  it('sets typographic quotes and apostrophes outside code, in the PDF and the HTML, and never repeats "Gambar" in a caption', async () => {
    const png = await import('node:fs/promises').then((fs) => fs.readFile(new URL('../../content/assets/logo.png', import.meta.url)));
    const dir = await writeProject(await tempDir('masterplan-quotes-'), {
      'content/book.yml': `${SMALL_BOOK_YML}rules:\n  severity: { no-quick-win: off }\n`,
      'content/assets/peta.png': png,
      'content/initiatives/a.md': initiative('A', '', `## Latar Belakang\n\nProgram "Kota Cerdas" dimulai Jum'at, dengan 'uji coba' dan kode \`"mentah"\`.\n\n![Gambar peta kota](../assets/peta.png)\n\n## Tujuan\n\nTeks.\n`),
    });
    const { pdf } = await renderProject(dir);
    const text = squash((await readPdf(pdf)).text.join(' '));
    expect(text).toContain(squash('Program “Kota Cerdas” dimulai Jum’at, dengan ‘uji coba’ dan kode "mentah".'));
    expect(text).toContain(squash('Gambar 1.1 Peta kota'));
    expect(text).not.toContain(squash('Gambar 1.1 Gambar'));
    const { runCli } = await import('../helpers/cli.ts');
    expect((await runCli(['build', '--format', 'html', '--out', 'dist'], dir)).code).toBe(0);
    const html = await import('node:fs/promises').then((fs) => fs.readFile(`${dir}/dist/buku-satu.html`, 'utf8'));
    expect(html).toContain('Program “Kota Cerdas” dimulai Jum’at, dengan ‘uji coba’ dan kode <code>"mentah"</code>.');
  });
});

describe('a table over several pages', () => {
  it('says "(lanjutan)" above the repeated column heads on every page it continues on, and never starts with fewer than three rows', async () => {
    const rows = Array.from({ length: 90 }, (_, n) => `| Baris ${n + 1} | Kegiatan pendataan ${n + 1} | ${(n + 1) * 1000} |`).join('\n');
    const dir = await writeProject(await tempDir('masterplan-continued-'), {
      'content/book.yml': `${SMALL_BOOK_YML}rules:\n  severity: { no-quick-win: off }\n`,
      'content/initiatives/a.md': initiative('A', '', `## Latar Belakang\n\nTabel: Rencana kegiatan\n\n| No | Kegiatan | Nilai |\n|---|---|--:|\n${rows}\n\n## Tujuan\n\nTeks.\n`),
    });
    const { pdf } = await renderProject(dir);
    const read = await readPdf(pdf);
    const pages = read.text.map((t, i) => [i, squash(t)] as const).filter(([, t]) => t.includes('Baris'));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const [first, ...rest] = pages;
    expect(first![1]).toContain(squash('Tabel 1.1 Rencana kegiatan'));
    expect(first![1]).not.toContain('(lanjutan)');
    for (const [, t] of rest) expect(t).toContain(squash('Tabel 1.1 (lanjutan)'));
    // The first page holds at least three rows of it.
    expect(first![1]).toContain('Baris3');
  });
});

describe('the cover title', () => {
  it('keeps "Kota <name>" on one line', async () => {
    const dir = await writeProject(await tempDir('masterplan-cover-title-'), {
      'content/book.yml': `${SMALL_BOOK_YML}rules:\n  severity: { no-quick-win: off }\n`,
      'content/initiatives/a.md': initiative('A'),
    });
    const { pdf } = await renderProject(dir);
    const cover = (await readPdf(pdf)).items[0]!.filter((i) => !i.rotated && i.size > 20);
    const lines = new Map<number, string>();
    for (const i of cover) lines.set(Math.round(i.y), `${lines.get(Math.round(i.y)) ?? ''}${i.str}`);
    const texts = [...lines.values()].map((t) => t.replace(/\s+/g, ' ').trim());
    expect(texts).toContain('Kota Contoh');
  });
});

describe('the QUICK WIN badge', () => {
  it('stays on a line with the title, whatever its length', async () => {
    const words = 'Sistem Informasi Terpadu Pelayanan Administrasi Kependudukan dan Catatan Sipil Berbasis Daring untuk Seluruh Kelurahan Kota'.split(' ');
    const files: Record<string, string> = { 'content/book.yml': `${SMALL_BOOK_YML}rules:\n  severity: { no-quick-win: off, duplicate-title: off }\n` };
    for (let n = 3; n <= words.length; n++) files[`content/initiatives/q-${n}.md`] = initiative(words.slice(0, n).join(' '), 'quick_win: true\n');
    const dir = await writeProject(await tempDir('masterplan-badge-'), files);
    const { pdf } = await renderProject(dir);
    const read = await readPdf(pdf);
    let badges = 0;
    for (const items of read.items) {
      for (const badge of items.filter((i) => i.str.includes('QUICK WIN') && i.size < 9)) {
        // Only the badges beside initiative titles (the annexes' lists have none).
        const sameLine = items.filter((i) => Math.abs(i.y - badge.y) < 4 && i !== badge && i.str.trim() !== '' && i.size > 11);
        if (items.some((i) => i.size > 11 && Math.abs(i.y - badge.y) < 30)) {
          badges++;
          expect(sameLine.length, `badge at y ${badge.y}`).toBeGreaterThan(0);
        }
      }
    }
    expect(badges).toBe(words.length - 2);
  });
});
