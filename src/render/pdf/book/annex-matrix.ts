import type { Box } from '../flow/box.ts';
import { plain } from '../text/inline.ts';
import { withStyle, type Run, type TextStyle } from '../text/style.ts';
import { annexTable } from './annex-table.ts';
import { bodyStyle, type BookContext } from './context.ts';
import { chapterTitle } from './dimension.ts';

function count(n: number, style: TextStyle, faint: string): Run[] {
  return n === 0 ? plain('–', withStyle(style, { color: faint })) : plain(String(n), style);
}

/** OPD × dimension matrix: how many initiatives each OPD leads in each dimension, with totals. */
export function annexMatrix(bc: BookContext): Box[] {
  const style: TextStyle = withStyle(bodyStyle(bc), { size: bc.theme.table.size });
  const bold = withStyle(style, { font: 'bold' });
  const faint = bc.theme.colors.faint;
  const chapters = bc.book.chapters;
  const rows = bc.book.opds.map(({ opd, initiatives }) => {
    const counts = chapters.map((c) => initiatives.filter((i) => i.chapter === c.number).length);
    return [plain(opd.short ?? opd.name, style), ...counts.map((n) => count(n, style, faint)), count(initiatives.length, bold, faint)];
  });
  const totals = chapters.map((c) => bc.book.opds.reduce((sum, o) => sum + o.initiatives.filter((i) => i.chapter === c.number).length, 0));
  const all = totals.reduce((a, b) => a + b, 0);
  rows.push([plain(bc.labels.total, bold), ...totals.map((n) => count(n, bold, faint)), plain(String(all), bold)]);
  return annexTable(bc, {
    header: [plain('OPD', bold), ...chapters.map((c) => plain(chapterTitle(bc, c), bold)), plain(bc.labels.total, bold)],
    rows,
    align: ['left', ...chapters.map(() => 'right' as const), 'right'],
  });
}
