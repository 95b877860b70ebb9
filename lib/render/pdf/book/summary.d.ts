import type { BookContext } from './context.ts';
/** Ringkasan Eksekutif: the scope, the recapitulation per dimension, budget per funding source and per year, the quick wins, charts. */
export declare function drawSummary(bc: BookContext, numbering?: 'roman' | 'arabic'): void;
