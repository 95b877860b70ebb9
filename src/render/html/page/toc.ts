import type { Element } from 'hast';
import type { DimensionChapter } from '../../../model/book.ts';
import type { Chapter } from '../../../content/chapter.ts';
import { ANNEX_KEYS, initiativeAnchor, TEMPLATE_IDS, type RenderContext } from '../context.ts';
import { h, type Child } from '../h.ts';
import { chapterLabel, sectionTitle } from './dimension.ts';

/** A contents entry; `target` lets the page script hide entries of filtered-out parts. */
function entry(anchor: string, label: Child, className: string, nested?: Element, target = false): Element {
  return h('li', { className: [className], dataTocFor: target ? anchor : undefined }, h('a', { href: `#${anchor}` }, label), nested);
}

function plain(chapters: Chapter[], ctx: RenderContext): Element[] {
  return chapters.map((c) => entry(ctx.ids.get(`chapter:${c.id}`, c.id), c.title, 'toc-chapter toc-plain'));
}

function dimension(chapter: DimensionChapter, ctx: RenderContext): Element {
  const sections = chapter.sections.map((s) => {
    const initiatives = s.initiatives.map((i) => entry(initiativeAnchor(ctx, i.id), [h('span', { className: ['num'] }, i.number), ' ', i.title], 'toc-initiative', undefined, true));
    return entry(ctx.ids.get(`section:${s.id}`, s.id), [h('span', { className: ['num'] }, s.number), ' ', sectionTitle(s, ctx)], 'toc-section', h('ol', {}, initiatives), true);
  });
  const label = [h('span', { className: ['toc-label'] }, chapterLabel(chapter, ctx)), ' ', chapter.dimension.name[ctx.lang]];
  return entry(ctx.ids.get(`chapter:${chapter.id}`, chapter.id), label, `toc-chapter dim-${chapter.dimension.id}`, sections.length ? h('ol', {}, sections) : undefined, true);
}

function annexEntries(ctx: RenderContext): Element {
  const items = [
    [ANNEX_KEYS.quickWins, ctx.l.quickWinList],
    [ANNEX_KEYS.matrix, ctx.l.opdMatrix],
    [ANNEX_KEYS.perOpd, ctx.l.initiativesPerOpd],
  ] as const;
  const nested = h('ol', {}, items.map(([key, title], n) => entry(ctx.ids.get(key[0], key[1]), `${ctx.l.annex} ${n + 1}. ${title}`, 'toc-section')));
  return entry(ctx.ids.get(ANNEX_KEYS.all[0], ANNEX_KEYS.all[1]), ctx.l.annexes, 'toc-chapter toc-annexes', nested);
}

/** Daftar Isi as the page's navigation: front chapters, BAB I… with sections and initiatives, annexes, back chapters. */
export function toc(ctx: RenderContext): Element {
  const approval = ctx.book.settings.approval ? [entry(ctx.ids.get(ANNEX_KEYS.approval[0], ANNEX_KEYS.approval[1]), ctx.l.approval, 'toc-chapter toc-plain')] : [];
  return h(
    'nav',
    { className: ['toc'], id: TEMPLATE_IDS.nav, ariaLabel: ctx.l.contents },
    h('h2', { className: ['toc-title'] }, ctx.l.contents),
    h('ol', { className: ['toc-list'] }, approval, plain(ctx.book.front, ctx), ctx.book.chapters.map((c) => dimension(c, ctx)), annexEntries(ctx), plain(ctx.book.back, ctx)),
  );
}
