import type { FontSet } from '../fonts.ts';
import type { Run, TextStyle } from './style.ts';
/** A stretch of one word in one style, measured. */
export interface Piece {
    text: string;
    style: TextStyle;
    width: number;
}
/** Pieces with no break opportunity between them, and the space that follows. */
export interface Word {
    pieces: Piece[];
    width: number;
    /** Width of the following space; 0 when the word ends a run of text. */
    space: number;
    spaceStyle?: TextStyle;
    /** A forced line break follows. */
    breakAfter?: boolean;
}
/** Cut runs into measured words; whitespace (and soft line breaks) separates words. */
export declare function toWords(fonts: FontSet, runs: readonly Run[], max: number): Word[];
