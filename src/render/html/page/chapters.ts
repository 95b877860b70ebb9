import type { Element } from 'hast';
import type { Chapter } from '../../../model/book.ts';
import { formatPlaceDate } from '../../../i18n/format.ts';
import type { RenderContext } from '../context.ts';
import { h } from '../h.ts';
import { contentToHast } from '../markdown/to-hast.ts';
import { permalink } from './initiative.ts';

/** A front or back chapter: h2 title with permalink, body headings from h3. */
export async function plainChapter(chapter: Chapter, kind: 'front' | 'back', ctx: RenderContext): Promise<Element> {
  const anchor = chapter.anchor;
  const body = await contentToHast({ tree: chapter.body, file: chapter.path, scope: anchor, base: 3, label: chapter.title }, ctx);
  return h(
    'section',
    { className: ['chapter', kind], id: anchor },
    h('div', { className: ['heading-line', 'chapter-heading'] }, h('h2', {}, chapter.title), permalink(anchor, chapter.title, ctx)),
    body,
  );
}

/** The Lembar Pengesahan with its signature block, when book.yml has `approval:`. */
export function approvalChapter(ctx: RenderContext): Element | undefined {
  const approval = ctx.book.settings.approval;
  if (!approval) return undefined;
  const anchor = ctx.book.anchors.approval;
  const { place, date } = ctx.book.settings;
  return h(
    'section',
    { className: ['chapter', 'front', 'approval'], id: anchor },
    h('div', { className: ['heading-line', 'chapter-heading'] }, h('h2', {}, ctx.l.approval), permalink(anchor, ctx.l.approval, ctx)),
    h('p', {}, ctx.l.approvalIntro),
    h(
      'div',
      { className: ['signature'] },
      place || date ? h('p', {}, formatPlaceDate(place, date, ctx.lang)) : null,
      h('p', { className: ['signature-role'] }, approval.role),
      h('div', { className: ['signature-space'] }),
      h('p', { className: ['signature-name'] }, approval.signer),
      approval.nip ? h('p', {}, `NIP ${approval.nip}`) : null,
    ),
  );
}
