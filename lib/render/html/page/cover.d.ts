import type { Element } from 'hast';
import { type RenderContext } from '../context.ts';
/** The cover as the page's banner: city, title (the page's only h1), subtitle, period, edition, place and date, KONSEP mark. */
export declare function cover(ctx: RenderContext): Element;
