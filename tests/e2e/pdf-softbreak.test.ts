import { describe, expect, it } from 'vitest';
import { initiative, SMALL_BOOK_YML, tempDir, writeProject } from '../helpers/cli.ts';
import { readPdf, renderProject, squash } from '../helpers/pdf.ts';

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
