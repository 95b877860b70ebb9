import type { Element } from 'hast';
import type { PlacedInitiative } from '../../../model/book.ts';
import type { RenderContext } from '../context.ts';
/** Heading level of initiatives (h1 book, h2 chapter, h3 section). */
export declare const INITIATIVE_LEVEL = 4;
/** A visible "#" link to an anchor, named for screen readers. */
export declare function permalink(anchor: string, name: string, ctx: RenderContext): Element;
/** The small filled "QUICK WIN" badge, in the colour of the initiative's dimension. */
export declare function quickWinBadge(ctx: RenderContext, dimension: string): Element;
/**
 * One initiative: heading with number, badge and permalink, facts block, body. The data
 * attributes are what the page script filters on; content cannot set `data-*` attributes.
 */
export declare function initiativeArticle(i: PlacedInitiative, ctx: RenderContext): Promise<Element>;
