import type { Element } from 'hast';
import type { DimensionChapter, Section } from '../../../model/book.ts';
import type { RenderContext } from '../context.ts';
import { h } from '../h.ts';
import { shell, type Deferred, type Shell } from '../stream.ts';
import { contentToHast } from '../markdown/to-hast.ts';
import { cachedArticle } from './article-cache.ts';
import { initiativeArticle, permalink } from './initiative.ts';

/** A section: its heading, then each initiative rendered only when the writer reaches it. */
function sectionBlock(section: Section, ctx: RenderContext): Shell {
  const anchor = section.anchor;
  const title = `${section.number} ${section.title}`;
  return shell(
    h(
      'section',
      { className: ['element-section'], id: anchor, dataSection: '' },
      h('div', { className: ['heading-line'] }, h('h3', {}, h('span', { className: ['num'] }, section.number), ' ', section.title), permalink(anchor, title, ctx)),
      ctx.slot.node,
    ),
    section.initiatives.map((i) => () => cachedArticle(i, ctx, () => initiativeArticle(i, ctx))),
  );
}

async function intro(chapter: DimensionChapter, ctx: RenderContext): Promise<Element | undefined> {
  if (!chapter.intro) return undefined;
  const scope = chapter.anchor;
  const body = await contentToHast({ tree: chapter.intro.body, file: chapter.intro.path, scope: `${scope}-intro`, base: 3, label: `${chapter.label} ${chapter.title}` }, ctx);
  return h('div', { className: ['chapter-intro'] }, body);
}

/**
 * A dimension chapter: "BAB I" heading, introduction, its sections; says so when it has no
 * initiative. Rendered when the writer reaches it, and written initiative by initiative.
 */
export function dimensionChapter(chapter: DimensionChapter, ctx: RenderContext): Deferred {
  return async () => {
    const anchor = chapter.anchor;
    const { title, label } = chapter;
    const sections = chapter.sections.map((s) => sectionBlock(s, ctx));
    const chapterShell = h(
      'section',
      { className: ['chapter', 'dimension', `dim-${chapter.dimension.id}`], id: anchor, dataChapter: '' },
      h('div', { className: ['heading-line', 'chapter-heading'] }, h('h2', {}, h('span', { className: ['chapter-label'] }, label), ' ', title), permalink(anchor, `${label} ${title}`, ctx)),
      await intro(chapter, ctx),
      sections.length ? ctx.slot.node : h('p', { className: ['empty'] }, ctx.l.noInitiatives),
    );
    return sections.length ? shell(chapterShell, sections) : chapterShell;
  };
}
