import type { Element } from 'hast';
import { opdAnchor, type RenderContext } from '../context.ts';
import { h, type Child } from '../h.ts';
import { dataTable, type Cell } from './table.ts';

function count(n: number): Cell {
  return { value: String(n), className: n === 0 ? 'num zero' : 'num' };
}

/** "Governance" for "Smart Governance", so six columns fit; screen readers still hear the full name. */
function dimensionHeader(name: string): Child {
  const match = /^(smart\s+)(.+)$/i.exec(name);
  return match ? [h('span', { className: ['sr-only'] }, match[1]), match[2]] : name;
}

/**
 * OPD × dimension: how many initiatives each OPD leads in each dimension. Row headers link
 * to the OPD's row in the next annex, where its initiatives are listed.
 */
export function opdMatrix(ctx: RenderContext): Element {
  const chapters = ctx.book.chapters;
  const head: Cell[] = ['OPD', ...chapters.map((c) => ({ value: dimensionHeader(c.dimension.name[ctx.lang]), className: 'num' })), { value: ctx.l.total, className: 'num' }];
  const rows = ctx.book.opds.map(({ opd, initiatives }) => {
    const link = h('a', { href: `#${opdAnchor(ctx, opd.id)}` }, opd.short ?? opd.name);
    return [
      { value: link, className: 'opd', header: true },
      ...chapters.map((c) => count(initiatives.filter((i) => i.dimension === c.id).length)),
      count(initiatives.length),
    ];
  });
  const totals = chapters.map((c) => count(c.initiatives.length));
  const foot: Cell[] = [{ value: ctx.l.total, className: 'opd', header: true }, ...totals, count(ctx.book.initiatives.length)];
  return dataTable(ctx.l.opdMatrix, 'wide', head, rows, foot);
}
