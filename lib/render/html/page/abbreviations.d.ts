import type { Element } from 'hast';
import type { RenderContext } from '../context.ts';
/** Daftar Singkatan: every OPD short name and funding source short form with its full name. */
export declare function abbreviationList(ctx: RenderContext): Element;
