import { describe, expect, it } from 'vitest';
import { initiative, SMALL_BOOK_YML, tempDir, writeProject } from '../helpers/cli.ts';
import { pagesWith, readPdf, renderProject } from '../helpers/pdf.ts';

const OPD = 'Dinas Komunikasi, Informatika dan Statistik';

/** 60 rows: short activities but one long one, and an OPD name that wraps when its column is starved. */
function lopsidedTable(): string {
  const long = Array.from({ length: 8 }, () => 'pengembangan aplikasi layanan warga terpadu').join(' ');
  const rows = Array.from({ length: 60 }, (_, n) => `| ${n === 0 ? `Kegiatan ${long}` : `Pendataan warga RW ${n + 1}`} | ${OPD} | ${n + 1}.250.000 |`);
  return ['Tabel: Kegiatan per RW', '', '| Kegiatan | OPD | Anggaran |', '|---|---|--:|', ...rows].join('\n');
}

describe('column widths', () => {
  it('go where they save lines: a lopsided 60-row table keeps its short column on one line and takes fewer pages', async () => {
    const dir = await writeProject(await tempDir('masterplan-widths-'), {
      'content/book.yml': `${SMALL_BOOK_YML}rules:\n  severity: { no-quick-win: off }\n`,
      'content/initiatives/a.md': initiative('A', '', `## Latar Belakang\n\n${lopsidedTable()}\n\n## Tujuan\n\nTeks.\n`),
    });
    const { pdf } = await renderProject(dir);
    if (process.env.KEEP_PDF) (await import('node:fs')).writeFileSync(process.env.KEEP_PDF, pdf);
    const read = await readPdf(pdf);
    const pages = pagesWith(read, 'Pendataan warga RW');
    // Each row's OPD name prints on one line: the line holding "Statistik" also holds "Dinas".
    const lines = pages.flatMap((p) => {
      const byY = new Map<number, string>();
      for (const i of read.items[p]!.filter((t) => !t.rotated)) byY.set(Math.round(i.y), `${byY.get(Math.round(i.y)) ?? ''} ${i.str}`);
      return [...byY.values()];
    });
    const withOpd = lines.filter((l) => l.includes('Statistik'));
    expect(withOpd.length).toBeGreaterThanOrEqual(59);
    for (const l of withOpd) expect(l).toContain('Dinas Komunikasi');
    // One line a row: a full page holds over 30 rows (with a starved OPD column, 15), the table three pages, not five.
    expect(Math.max(...pages.map((p) => read.text[p]!.split('Pendataan warga').length - 1))).toBeGreaterThan(30);
    expect(pages.length).toBeLessThanOrEqual(3);
  });
});
