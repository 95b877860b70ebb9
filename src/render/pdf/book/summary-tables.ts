import { formatBudget, formatMillions, formatRupiah } from '../../../i18n/format.ts';
import { shortDimensionName } from '../../../model/names.ts';
import type { FundingRow } from '../../../model/recap.ts';
import type { Box } from '../flow/box.ts';
import { plain } from '../text/inline.ts';
import type { Run } from '../text/style.ts';
import { annexTable } from './annex-table.ts';
import type { BookContext } from './context.ts';
import { cellStyles } from './part-heading.ts';

/** Rekapitulasi: initiatives, quick wins and budget per dimension, with totals. */
export function recapTable(bc: BookContext): Box[] {
  const { cell, bold } = cellStyles(bc);
  const { summary, lang } = bc.book;
  const l = bc.labels;
  const rows: Run[][][] = summary.dimensions.map((d) => [plain(d.dimension.name[lang], cell), plain(String(d.count.initiatives), cell), plain(String(d.count.quickWins), cell), plain(formatBudget(d, lang), cell)]);
  const t = summary.total;
  rows.push([plain(l.total, bold), plain(String(t.initiatives), bold), plain(String(t.quickWins), bold), plain(formatBudget(t, lang), bold)]);
  return annexTable(bc, { header: [l.facts.dimension, l.initiativesShort, l.quickWinsShort, l.facts.budget].map((h) => plain(h, bold)), rows, align: ['left', 'right', 'right', 'right'] });
}

/** The name a funding row prints. */
export function fundingLabel(bc: BookContext, source: FundingRow['source']): string {
  return source === 'mixed' ? bc.labels.mixedFunding : source === 'none' ? bc.labels.noFunding : source;
}

/** Budget per funding source, each initiative counted once, with totals. */
export function fundingTable(bc: BookContext): Box[] {
  const { cell, bold } = cellStyles(bc);
  const { summary, lang } = bc.book;
  const l = bc.labels;
  const rows: Run[][][] = summary.funding.map((f) => [plain(fundingLabel(bc, f.source), cell), plain(String(f.initiatives), cell), plain(formatRupiah(f.budget, lang), cell)]);
  rows.push([plain(l.total, bold), plain(String(summary.total.initiatives), bold), plain(formatRupiah(summary.total.budget, lang), bold)]);
  return annexTable(bc, { header: [l.fundingSource, l.initiativesShort, l.facts.budget].map((h) => plain(h, bold)), rows, align: ['left', 'right', 'right'] });
}

/** Budget per dimension and year in millions of rupiah; lump sums in their own column. */
export function yearTable(bc: BookContext): Box[] {
  const { cell, bold } = cellStyles(bc);
  const { years, rows: data, totals } = bc.book.summary.years;
  const lang = bc.book.lang;
  const money = (n: number, style = cell) => plain(n === 0 ? '–' : formatMillions(n, lang), style);
  const rows: Run[][][] = data.map((r) => [plain(shortDimensionName(r.dimension.name[lang]), cell), ...r.perYear.map((n) => money(n)), money(r.lump), money(r.total, bold)]);
  rows.push([plain(bc.labels.total, bold), ...totals.perYear.map((n) => money(n, bold)), money(totals.lump, bold), money(totals.total, bold)]);
  const header = [bc.labels.facts.dimension, ...years.map(String), bc.labels.lumpSum, bc.labels.total].map((h) => plain(h, bold));
  return annexTable(bc, { header, rows, align: ['left', ...years.map(() => 'right' as const), 'right', 'right'] });
}
