import type { Box } from '../flow/box.ts';
import { glue } from '../flow/box.ts';
import { plain } from '../text/inline.ts';
import { withStyle, type Run } from '../text/style.ts';
import { annexTable } from './annex-table.ts';
import { bodyStyle, type BookContext } from './context.ts';
import { cellStyles, paragraph } from './part-heading.ts';

/**
 * Perubahan dari Edisi Sebelumnya: which edition, the headline, the totals before and
 * after, every new, changed, moved and removed initiative with its changed fields, and
 * the changes of book.yml.
 */
export function changesAnnex(bc: BookContext): Box[] {
  const changes = bc.book.changes;
  if (!changes) return [];
  const { cell, bold } = cellStyles(bc);
  const body = bodyStyle(bc);
  const boxes: Box[] = [...paragraph(bc, plain(changes.intro.replace(/`/g, ''), body)), glue(6), ...paragraph(bc, plain(changes.headline, withStyle(body, { font: 'bold' })), { align: 'left' }), glue(10)];
  const [item, before, after, change] = changes.headers.totals;
  boxes.push(...annexTable(bc, { header: [item, before, after, change].map((h) => plain(h, bold)), rows: changes.totals.map((row) => row.map((v) => plain(v, cell))), align: ['left', 'right', 'right', 'right'] }), glue(12));
  const rows: Run[][][] = changes.rows.map((r) => [
    plain(r.number, cell),
    plain(r.title, r.anchor ? withStyle(cell, { link: { dest: r.anchor } }) : cell),
    [...plain(r.kindLabel, bold), ...(r.details.length ? plain(` — ${r.details.join('; ')}`, cell) : [])],
  ]);
  if (rows.length > 0) boxes.push(...annexTable(bc, { header: changes.headers.rows.map((h) => plain(h, bold)), rows, align: ['left', 'left', 'left'] }));
  if (changes.settings.length > 0) {
    boxes.push(glue(12), ...paragraph(bc, plain(changes.settingsTitle, withStyle(body, { font: 'bold' })), { align: 'left' }));
    for (const line of changes.settings) boxes.push(...paragraph(bc, plain(`– ${line}`, body), { align: 'left' }));
  }
  return boxes;
}
