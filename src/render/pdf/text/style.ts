import type { FontKey } from '../theme.ts';

/** Where a piece of text links to: a web address or a named destination in the book. */
export type Link = { url: string } | { dest: string };

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
  /** The page number starts at the fragment's left and its zeros stand for it ("000)" prints "14)"); else it is right-aligned. */
  pageLeft?: boolean;
}

/** A stretch of text in one style; "\n" alone is a forced line break. */
export interface Run {
  text: string;
  style: TextStyle;
}

/** Two styles draw identically and may share one text operator. */
export function sameStyle(a: TextStyle, b: TextStyle): boolean {
  return (
    a.font === b.font &&
    a.size === b.size &&
    a.color === b.color &&
    a.link === b.link &&
    a.strike === b.strike &&
    a.underline === b.underline &&
    a.rise === b.rise &&
    a.background === b.background &&
    a.tracking === b.tracking &&
    a.pageOf === b.pageOf &&
    a.pageLeft === b.pageLeft
  );
}

/** The same style with some properties changed. */
export function withStyle(style: TextStyle, change: Partial<TextStyle>): TextStyle {
  return { ...style, ...change };
}

/** The bold or italic variant of a face. */
export function emphasise(font: FontKey, how: 'bold' | 'italic'): FontKey {
  if (font === 'mono') return font;
  if (how === 'bold') return font === 'italic' || font === 'boldItalic' ? 'boldItalic' : 'bold';
  return font === 'bold' || font === 'boldItalic' ? 'boldItalic' : 'italic';
}
