import type { Element } from 'hast';
import type { DimensionChapter, Section } from '../../../model/book.ts';
import { roman } from '../../../i18n/format.ts';
import type { RenderContext } from '../context.ts';
import { h } from '../h.ts';
import { contentToHast } from '../markdown/to-hast.ts';
import { initiativeArticle, permalink } from './initiative.ts';

/** "BAB IV": the chapter label above a dimension title. */
export function chapterLabel(chapter: DimensionChapter, ctx: RenderContext): string {
  return `${ctx.l.chapter} ${roman(chapter.number)}`;
}

/** The title of a section: its element's name, or "Lainnya". */
export function sectionTitle(section: Section, ctx: RenderContext): string {
  return section.element?.name[ctx.lang] ?? ctx.l.otherElement;
}

async function sectionBlock(section: Section, ctx: RenderContext): Promise<Element> {
  const anchor = ctx.ids.get(`section:${section.id}`, section.id);
  const title = `${section.number} ${sectionTitle(section, ctx)}`;
  const articles = await Promise.all(section.initiatives.map((i) => initiativeArticle(i, ctx)));
  return h(
    'section',
    { className: ['element-section'], id: anchor, dataSection: '' },
    h('div', { className: ['heading-line'] }, h('h3', {}, h('span', { className: ['num'] }, section.number), ' ', sectionTitle(section, ctx)), permalink(anchor, title, ctx)),
    articles,
  );
}

async function intro(chapter: DimensionChapter, ctx: RenderContext): Promise<Element | undefined> {
  if (!chapter.intro) return undefined;
  const scope = ctx.ids.get(`chapter:${chapter.id}`, chapter.id);
  const body = await contentToHast({ tree: chapter.intro.body, file: chapter.intro.path, scope: `${scope}-intro`, base: 3, label: `${chapterLabel(chapter, ctx)} ${chapter.dimension.name[ctx.lang]}` }, ctx);
  return h('div', { className: ['chapter-intro'] }, body);
}

/** A dimension chapter: "BAB I" heading, introduction, its sections; says so when it has no initiative. */
export async function dimensionChapter(chapter: DimensionChapter, ctx: RenderContext): Promise<Element> {
  const anchor = ctx.ids.get(`chapter:${chapter.id}`, chapter.id);
  const title = chapter.dimension.name[ctx.lang];
  const label = chapterLabel(chapter, ctx);
  const sections = await Promise.all(chapter.sections.map((s) => sectionBlock(s, ctx)));
  return h(
    'section',
    { className: ['chapter', 'dimension', `dim-${chapter.dimension.id}`], id: anchor, dataChapter: '' },
    h('div', { className: ['heading-line', 'chapter-heading'] }, h('h2', {}, h('span', { className: ['chapter-label'] }, label), ' ', title), permalink(anchor, `${label} ${title}`, ctx)),
    await intro(chapter, ctx),
    sections.length ? sections : h('p', { className: ['empty'] }, ctx.l.noInitiatives),
  );
}
