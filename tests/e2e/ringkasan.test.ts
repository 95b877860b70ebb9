import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { labels } from '../../src/i18n/labels.ts';
import { runCli, tempDir } from '../helpers/cli.ts';
import { EPOCH, readPdf, ROOT, squash } from '../helpers/pdf.ts';

describe('build --book ringkasan', () => {
  it('writes the executive summary as its own short book: cover, Sambutan, summary with charts, quick wins, Peta Jalan', async () => {
    const out = await tempDir();
    const result = await runCli(['build', '--book', 'ringkasan', '--out', out], ROOT, { SOURCE_DATE_EPOCH: String(EPOCH) });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('ringkasan-eksekutif.pdf');
    const pdf = await readPdf(readFileSync(path.join(out, 'ringkasan-eksekutif.pdf')));
    const l = labels('id');
    expect(pdf.pageCount).toBeLessThanOrEqual(20);
    expect(pdf.pageCount % 2).toBe(0);
    expect(pdf.outline.map((b) => b.title)).toEqual(['Sambutan Wali Kota', l.executiveSummary, l.annexes]);
    const text = squash(pdf.text.join(' '));
    for (const part of [l.recap, l.budgetByFunding, l.budgetByYear, l.quickWinSummary, l.roadmap, l.chartCounts]) expect(text).toContain(squash(part));
    expect(text).not.toContain(squash(l.contents));
    const html = readFileSync(path.join(out, 'ringkasan-eksekutif.html'), 'utf8');
    expect((html.match(/<svg [^>]*role="img"/g) ?? []).length).toBe(3);
    expect(html).not.toContain('<article class="initiative"');
  });
});
