import type { PhrasingContent, Root } from 'mdast';
import type { Theme } from '../theme.ts';
import { type Run, type TextStyle } from './style.ts';
/**
 * Footnote numbers of one initiative or chapter, in order of first reference, and the
 * link definitions (`[ref]: url`) that its reference-style links point at.
 */
export declare class Footnotes {
    readonly scope: string;
    readonly numbers: Map<string, number>;
    readonly links: Map<string, string>;
    constructor(scope: string, body?: Root);
    /** The number of a footnote, assigned on first reference. */
    number(identifier: string): number;
    /** Named destination of a footnote's text. */
    dest(n: number): string;
}
/** What inline conversion needs besides the nodes. */
export interface InlineContext {
    theme: Theme;
    footnotes?: Footnotes;
}
/** Runs of styled text for a paragraph's or heading's inline content. */
export declare function inlineRuns(nodes: readonly PhrasingContent[], style: TextStyle, ctx: InlineContext): Run[];
/** Plain runs from a string. */
export declare function plain(text: string, style: TextStyle): Run[];
