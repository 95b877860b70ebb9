import type { Element } from 'hast';
import type { RenderContext } from '../context.ts';
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
 * OPD × dimension: how many initiatives each OPD leads in each dimension, as the book's
 * summary counts them. Row headers link to the OPD's row in the next annex.
 */
export function opdMatrix(ctx: RenderContext): Element {
  const { summary, chapters } = ctx.book;
  const head: Cell[] = ['OPD', ...chapters.map((c) => ({ value: dimensionHeader(c.title), className: 'num' })), { value: ctx.l.total, className: 'num' }];
  const rows = summary.opds.map(({ group, perDimension, count: c }) => {
    const link = h('a', { href: `#${group.anchor}` }, group.opd.short ?? group.opd.name);
    return [{ value: link, className: 'opd', header: true }, ...perDimension.map(count), count(c.initiatives)];
  });
  const foot: Cell[] = [{ value: ctx.l.total, className: 'opd', header: true }, ...summary.dimensions.map((d) => count(d.count.initiatives)), count(summary.total.initiatives)];
  return dataTable(ctx.l.opdMatrix, 'wide', head, rows, foot);
}
