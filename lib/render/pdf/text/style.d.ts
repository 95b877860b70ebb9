import type { FontKey } from '../theme.ts';
/** Where a piece of text links to: a web address or a named destination in the book. */
export type Link = {
    url: string;
} | {
    dest: string;
};
/** How a piece of text is drawn. */
export interface TextStyle {
    font: FontKey;
    size: number;
    color: string;
    link?: Link;
    strike?: boolean;
    underline?: boolean;
    /** Raise the baseline by this many points (footnote references). */
    rise?: number;
    /** Tint behind the glyphs (inline code). */
    background?: string;
    /** Extra space between characters, in points. */
    tracking?: number;
    /** Draw the printed page number of this mark instead of the text (which only reserves room). */
    pageOf?: string;
}
/** A stretch of text in one style; "\n" alone is a forced line break. */
export interface Run {
    text: string;
    style: TextStyle;
}
/** Two styles draw identically and may share one text operator. */
export declare function sameStyle(a: TextStyle, b: TextStyle): boolean;
/** The same style with some properties changed. */
export declare function withStyle(style: TextStyle, change: Partial<TextStyle>): TextStyle;
/** The bold or italic variant of a face. */
export declare function emphasise(font: FontKey, how: 'bold' | 'italic'): FontKey;
