import type { Element } from 'hast';
import type { RenderContext } from '../context.ts';
/** Ringkasan Eksekutif: scope, recapitulation per dimension, budget per funding source and per year, the quick wins, charts. */
export declare function executiveSummary(ctx: RenderContext): Element;
