import type { Element } from 'hast';
import type { RenderContext } from '../context.ts';
/**
 * Peta Jalan as a table: one row per initiative, one column per year, a bar in the years it
 * runs (solid for a quick win); the years are also written out for screen readers.
 */
export declare function roadmapTable(ctx: RenderContext, label: string): Element;
