import type { Element } from 'hast';
/**
 * A fixer that shifts content headings under the heading of their container: a body `##`
 * becomes `base`, and no heading skips a level or goes past h6, so the outline stays valid.
 * Holds the previous level, so use one per block, in document order.
 */
export declare function headingShifter(base: number): (node: Element) => void;
