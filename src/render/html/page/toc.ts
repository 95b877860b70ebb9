import type { Element } from 'hast';
import type { AnnexKey, BookKind, Chapter, DimensionChapter } from '../../../model/book.ts';
import { TEMPLATE_IDS, type RenderContext } from '../context.ts';
import { h, type Child } from '../h.ts';

/** A contents entry; `target` lets the page script hide entries of filtered-out parts. */
function entry(anchor: string, label: Child, className: string, nested?: Element, target = false): Element {
  return h('li', { className: [className], dataTocFor: target ? anchor : undefined }, h('a', { href: `#${anchor}` }, label), nested);
}

function plain(chapters: readonly Chapter[]): Element[] {
  return chapters.map((c) => entry(c.anchor, c.label ? [h('span', { className: ['toc-label'] }, c.label), ' ', c.title] : c.title, 'toc-chapter toc-plain'));
}

function dimension(chapter: DimensionChapter): Element {
  const sections = chapter.sections.map((s) => {
    const initiatives = s.initiatives.map((i) => entry(i.anchor, [h('span', { className: ['num'] }, i.number), ' ', i.title], 'toc-initiative', undefined, true));
    return entry(s.anchor, [h('span', { className: ['num'] }, s.number), ' ', s.title], 'toc-section', h('ol', {}, initiatives), true);
  });
  const label = [h('span', { className: ['toc-label'] }, chapter.label), ' ', chapter.title];
  return entry(chapter.anchor, label, `toc-chapter dim-${chapter.dimension.id}`, sections.length ? h('ol', {}, sections) : undefined, true);
}

function annexEntries(ctx: RenderContext, only?: readonly AnnexKey[]): Element {
  const items = ctx.book.annexes.filter((a) => !only || only.includes(a.key));
  const nested = h('ol', {}, items.map((a, n) => entry(a.anchor, `${ctx.l.annex} ${only ? n + 1 : a.number}. ${a.title}`, 'toc-section')));
  return entry(ctx.book.anchors.annexes, ctx.l.annexes, 'toc-chapter toc-annexes', nested);
}

/** Daftar Isi as the page's navigation, in the book's order. */
export function toc(ctx: RenderContext, kind: BookKind = 'satu'): Element {
  const { book } = ctx;
  const approval = book.approval && kind === 'satu' ? [entry(book.anchors.approval, ctx.l.approval, 'toc-chapter toc-plain')] : [];
  const generated = [entry(book.anchors.abbreviations, ctx.l.abbreviations, 'toc-chapter toc-plain'), entry(book.anchors.summary, ctx.l.executiveSummary, 'toc-chapter toc-plain')];
  const list =
    kind === 'pratinjau'
      ? [book.chapters.map(dimension), annexEntries(ctx, ['changes'])]
      : kind === 'ringkasan'
      ? [plain(book.front.filter((c) => !c.number && /sambutan|foreword/.test(c.id))), generated[1]!, annexEntries(ctx, ['roadmap'])]
      : [approval, plain(book.front.filter((c) => !c.number)), generated, plain(book.front.filter((c) => c.number)), book.chapters.map(dimension), plain([...book.back.filter((c) => c.number), ...book.back.filter((c) => !c.number)]), annexEntries(ctx)];
  return h('nav', { className: ['toc'], id: TEMPLATE_IDS.nav, ariaLabel: ctx.l.contents }, h('h2', { className: ['toc-title'] }, ctx.l.contents), h('ol', { className: ['toc-list'] }, list));
}
