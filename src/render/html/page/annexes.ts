import type { Element } from 'hast';
import type { PlacedInitiative } from '../../../model/book.ts';
import { formatRupiah, formatYears } from '../../../i18n/format.ts';
import { opdFullName, opdShortName } from '../../../model/names.ts';
import type { RenderContext } from '../context.ts';
import { h } from '../h.ts';
import { permalink, quickWinBadge } from './initiative.ts';
import { opdMatrix } from './matrix.ts';
import { dataTable, groupedTable, type RowGroup } from './table.ts';

/** A link to an initiative with its number: "4.2.1 e-Puskesmas". */
export function initiativeLink(i: PlacedInitiative): Element {
  return h('a', { href: `#${i.anchor}` }, `${i.number} ${i.title}`);
}

/** An annex: h3 "Lampiran n. Title" with a permalink. */
export function annex(anchor: string, n: number, title: string, ctx: RenderContext, ...content: Element[]): Element {
  const heading = `${ctx.l.annex} ${n}. ${title}`;
  return h('section', { className: ['annex'], id: anchor }, h('div', { className: ['heading-line'] }, h('h3', {}, heading), permalink(anchor, heading, ctx)), ...content);
}

function quickWins(ctx: RenderContext): Element {
  const f = ctx.l.facts;
  const rows = ctx.book.quickWins.map((i, n) => [
    { value: String(n + 1), className: 'num' },
    initiativeLink(i),
    ctx.book.chapters[i.chapter - 1]?.title ?? i.dimension,
    opdShortName(i.opd),
    formatYears(i.startYear, i.endYear),
    { value: i.budget !== undefined ? formatRupiah(i.budget, ctx.lang) : '', className: 'num' },
  ]);
  const head = [ctx.l.number, ctx.l.initiative, f.dimension, f.opd, f.years, { value: f.budget, className: 'num' }];
  const content = rows.length ? dataTable(ctx.l.quickWinList, 'wide', head, rows) : h('p', { className: ['empty'] }, ctx.hl.noQuickWins);
  return annex(ctx.book.anchors.quickWins, 1, ctx.l.quickWinList, ctx, content);
}

function perOpd(ctx: RenderContext): Element {
  const groups = ctx.book.opds.map(({ opd, anchor, initiatives }): RowGroup => ({
    id: anchor,
    heading: [opdFullName(opd), ' ', h('span', { className: ['group-count'] }, `· ${ctx.hl.initiatives(initiatives.length)}`)],
    rows: initiatives.length
      ? initiatives.map((i) => [{ value: i.number, className: 'num' }, h('a', { href: `#${i.anchor}` }, i.title), i.quickWin ? quickWinBadge(ctx, i.dimension) : ''])
      : [[{ value: '', className: 'num' }, h('span', { className: ['muted'] }, ctx.l.noInitiativesForOpd), '']],
  }));
  const head = [{ value: ctx.l.number, className: 'num' }, ctx.l.initiative, ctx.l.facts.quickWin];
  return annex(ctx.book.anchors.perOpd, 3, ctx.l.initiativesPerOpd, ctx, groupedTable(ctx.l.initiativesPerOpd, 'grouped', head, groups));
}

/** The annexes: quick-win list, OPD × dimension matrix, initiatives per OPD; each links to the initiatives. */
export function annexes(ctx: RenderContext): Element {
  const anchor = ctx.book.anchors.annexes;
  return h(
    'section',
    { className: ['chapter', 'annexes'], id: anchor },
    h('div', { className: ['heading-line', 'chapter-heading'] }, h('h2', {}, ctx.l.annexes), permalink(anchor, ctx.l.annexes, ctx)),
    quickWins(ctx),
    annex(ctx.book.anchors.matrix, 2, ctx.l.opdMatrix, ctx, opdMatrix(ctx)),
    perOpd(ctx),
  );
}
