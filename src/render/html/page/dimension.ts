import type { Element } from 'hast';
import type { DimensionChapter, Section } from '../../../model/book.ts';
import type { RenderContext } from '../context.ts';
import { h } from '../h.ts';
import { contentToHast } from '../markdown/to-hast.ts';
import { cachedArticle } from './article-cache.ts';
import { initiativeArticle, permalink } from './initiative.ts';

async function sectionBlock(section: Section, ctx: RenderContext): Promise<Element> {
  const anchor = section.anchor;
  const title = `${section.number} ${section.title}`;
  const articles = await Promise.all(section.initiatives.map((i) => cachedArticle(i, ctx, () => initiativeArticle(i, ctx))));
  return h(
    'section',
    { className: ['element-section'], id: anchor, dataSection: '' },
    h('div', { className: ['heading-line'] }, h('h3', {}, h('span', { className: ['num'] }, section.number), ' ', section.title), permalink(anchor, title, ctx)),
    articles,
  );
}

async function intro(chapter: DimensionChapter, ctx: RenderContext): Promise<Element | undefined> {
  if (!chapter.intro) return undefined;
  const scope = chapter.anchor;
  const body = await contentToHast({ tree: chapter.intro.body, file: chapter.intro.path, scope: `${scope}-intro`, base: 3, label: `${chapter.label} ${chapter.title}` }, ctx);
  return h('div', { className: ['chapter-intro'] }, body);
}

/** A dimension chapter: "BAB I" heading, introduction, its sections; says so when it has no initiative. */
export async function dimensionChapter(chapter: DimensionChapter, ctx: RenderContext): Promise<Element> {
  const anchor = chapter.anchor;
  const { title, label } = chapter;
  const sections = await Promise.all(chapter.sections.map((s) => sectionBlock(s, ctx)));
  return h(
    'section',
    { className: ['chapter', 'dimension', `dim-${chapter.dimension.id}`], id: anchor, dataChapter: '' },
    h('div', { className: ['heading-line', 'chapter-heading'] }, h('h2', {}, h('span', { className: ['chapter-label'] }, label), ' ', title), permalink(anchor, `${label} ${title}`, ctx)),
    await intro(chapter, ctx),
    sections.length ? sections : h('p', { className: ['empty'] }, ctx.l.noInitiatives),
  );
}
