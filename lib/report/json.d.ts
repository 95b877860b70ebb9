import type { Formatter } from './format.ts';
/** Machine-readable results, as product.md §4 specifies. */
export declare const json: Formatter;
