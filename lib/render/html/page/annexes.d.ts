import type { Element } from 'hast';
import type { AnnexKey, PlacedInitiative } from '../../../model/book.ts';
import type { RenderContext } from '../context.ts';
/** A link to an initiative with its number: "4.2.1 e-Puskesmas". */
export declare function initiativeLink(i: PlacedInitiative): Element;
/** The quick wins with dimension, lead OPD, years and budget; `label` names the table where it appears. */
export declare function quickWinTable(ctx: RenderContext, label?: string): Element;
/** The annexes (all, or those asked for), each linking to the initiatives. */
export declare function annexes(ctx: RenderContext, only?: readonly AnnexKey[]): Element;
