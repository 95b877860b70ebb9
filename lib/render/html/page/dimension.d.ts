import type { Element } from 'hast';
import type { DimensionChapter } from '../../../model/book.ts';
import type { RenderContext } from '../context.ts';
/** A dimension chapter: "BAB I" heading, introduction, its sections; says so when it has no initiative. */
export declare function dimensionChapter(chapter: DimensionChapter, ctx: RenderContext): Promise<Element>;
