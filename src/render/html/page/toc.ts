import type { Element } from 'hast';
import type { Chapter, DimensionChapter } from '../../../model/book.ts';
import { TEMPLATE_IDS, type RenderContext } from '../context.ts';
import { h, type Child } from '../h.ts';

/** A contents entry; `target` lets the page script hide entries of filtered-out parts. */
function entry(anchor: string, label: Child, className: string, nested?: Element, target = false): Element {
  return h('li', { className: [className], dataTocFor: target ? anchor : undefined }, h('a', { href: `#${anchor}` }, label), nested);
}

function plain(chapters: Chapter[], ctx: RenderContext): Element[] {
  return chapters.map((c) => entry(c.anchor, c.title, 'toc-chapter toc-plain'));
}

function dimension(chapter: DimensionChapter, ctx: RenderContext): Element {
  const sections = chapter.sections.map((s) => {
    const initiatives = s.initiatives.map((i) => entry(i.anchor, [h('span', { className: ['num'] }, i.number), ' ', i.title], 'toc-initiative', undefined, true));
    return entry(s.anchor, [h('span', { className: ['num'] }, s.number), ' ', s.title], 'toc-section', h('ol', {}, initiatives), true);
  });
  const label = [h('span', { className: ['toc-label'] }, chapter.label), ' ', chapter.title];
  return entry(chapter.anchor, label, `toc-chapter dim-${chapter.dimension.id}`, sections.length ? h('ol', {}, sections) : undefined, true);
}

function annexEntries(ctx: RenderContext): Element {
  const items = [
    [ctx.book.anchors.quickWins, ctx.l.quickWinList],
    [ctx.book.anchors.matrix, ctx.l.opdMatrix],
    [ctx.book.anchors.perOpd, ctx.l.initiativesPerOpd],
  ] as const;
  const nested = h('ol', {}, items.map(([anchor, title], n) => entry(anchor, `${ctx.l.annex} ${n + 1}. ${title}`, 'toc-section')));
  return entry(ctx.book.anchors.annexes, ctx.l.annexes, 'toc-chapter toc-annexes', nested);
}

/** Daftar Isi as the page's navigation: front chapters, BAB I… with sections and initiatives, annexes, back chapters. */
export function toc(ctx: RenderContext): Element {
  const approval = ctx.book.settings.approval ? [entry(ctx.book.anchors.approval, ctx.l.approval, 'toc-chapter toc-plain')] : [];
  return h(
    'nav',
    { className: ['toc'], id: TEMPLATE_IDS.nav, ariaLabel: ctx.l.contents },
    h('h2', { className: ['toc-title'] }, ctx.l.contents),
    h('ol', { className: ['toc-list'] }, approval, plain(ctx.book.front, ctx), ctx.book.chapters.map((c) => dimension(c, ctx)), annexEntries(ctx), plain(ctx.book.back, ctx)),
  );
}
