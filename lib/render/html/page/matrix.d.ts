import type { Element } from 'hast';
import type { RenderContext } from '../context.ts';
/**
 * OPD × dimension: how many initiatives each OPD leads in each dimension, as the book's
 * summary counts them. Row headers link to the OPD's row in the next annex.
 */
export declare function opdMatrix(ctx: RenderContext): Element;
