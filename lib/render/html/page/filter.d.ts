import type { Element } from 'hast';
import { type RenderContext } from '../context.ts';
/**
 * The filter and search form. It is `hidden` in the file and shown by the page script:
 * without JavaScript the whole book shows and no dead controls do.
 */
export declare function filterForm(ctx: RenderContext): Element;
