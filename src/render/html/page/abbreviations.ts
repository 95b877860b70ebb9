import type { Element } from 'hast';
import type { RenderContext } from '../context.ts';
import { h } from '../h.ts';
import { chapterHeading } from './chapters.ts';

/** Daftar Singkatan: every OPD short name and funding source short form with its full name. */
export function abbreviationList(ctx: RenderContext): Element {
  const anchor = ctx.book.anchors.abbreviations;
  return h(
    'section',
    { className: ['chapter', 'front', 'abbreviations'], id: anchor },
    chapterHeading(anchor, ctx.l.abbreviations, undefined, ctx),
    h('dl', { className: ['abbreviation-list'] }, ctx.book.abbreviations.map((a) => h('div', {}, h('dt', {}, a.short), h('dd', {}, a.full)))),
  );
}
