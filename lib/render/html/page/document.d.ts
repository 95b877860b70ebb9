import type { ElementContent, Root } from 'hast';
import { type RenderContext } from '../context.ts';
import { type PageTemplate } from '../template.ts';
/** The whole page as hast: banner, navigation, main, footer, our script last. */
export declare function page(ctx: RenderContext, template: PageTemplate, main: ElementContent[]): Root;
