import type { Box } from '../flow/box.ts';
import { plain } from '../text/inline.ts';
import { withStyle, type Run, type TextStyle } from '../text/style.ts';
import { annexTable } from './annex-table.ts';
import { bodyStyle, type BookContext } from './context.ts';

function count(n: number, style: TextStyle, faint: string): Run[] {
  return n === 0 ? plain('–', withStyle(style, { color: faint })) : plain(String(n), style);
}

/** OPD × dimension matrix: how many initiatives each OPD leads in each dimension, with totals, as the summary counts them. */
export function annexMatrix(bc: BookContext): Box[] {
  const style: TextStyle = withStyle(bodyStyle(bc), { size: bc.theme.table.size });
  const bold = withStyle(style, { font: 'bold' });
  const faint = bc.theme.colors.faint;
  const { summary, chapters } = bc.book;
  const rows = summary.opds.map(({ group, perDimension, count: c }) => [
    plain(group.opd.short ?? group.opd.name, style),
    ...perDimension.map((n) => count(n, style, faint)),
    count(c.initiatives, bold, faint),
  ]);
  rows.push([plain(bc.labels.total, bold), ...summary.dimensions.map((d) => count(d.count.initiatives, bold, faint)), plain(String(summary.total.initiatives), bold)]);
  return annexTable(bc, {
    header: [plain('OPD', bold), ...chapters.map((c) => plain(c.title, bold)), plain(bc.labels.total, bold)],
    rows,
    align: ['left', ...chapters.map(() => 'right' as const), 'right'],
  });
}
