import type { Element } from 'hast';
import { type RenderContext } from '../context.ts';
/** Daftar Isi as the page's navigation, in the book's order. */
export declare function toc(ctx: RenderContext, kind?: 'satu' | 'ringkasan'): Element;
