import type { FontSet } from '../fonts.ts';
import { type Run, type TextStyle } from './style.ts';
/** Text in one style at a natural x offset within its line. */
export interface Fragment {
    text: string;
    style: TextStyle;
    x: number;
    width: number;
    /** Inter-word spaces before this fragment on its line, and inside it. */
    gapsBefore: number;
    gaps: number;
}
/** One set line: fragments left to right, natural width, and whether it ends a paragraph. */
export interface Line {
    frags: Fragment[];
    width: number;
    gaps: number;
    /** Last line of a paragraph or before a forced break: never justified. */
    last: boolean;
}
/** Break runs into lines of at most `width` (the first: `firstWidth`). No hyphenation; "\n" forces a break. */
export declare function breakLines(fonts: FontSet, runs: readonly Run[], width: number, firstWidth?: number): Line[];
