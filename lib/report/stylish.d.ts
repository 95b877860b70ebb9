import type { Formatter } from './format.ts';
/** Human-readable results grouped by file, with a closing summary; colour only when asked. */
export declare const stylish: Formatter;
