import { hyphenator } from '../text/hyphenate.ts';
import type { Book, BookKind } from '../../../model/book.ts';
import type { Labels } from '../../../i18n/labels.ts';
import type { BlockContext } from '../blocks/context.ts';
import type { LayoutWarning } from '../layout-warning.ts';
import type { FontSet } from '../fonts.ts';
import type { Flow } from '../flow/flow.ts';
import type { Footnotes } from '../text/inline.ts';
import type { TextStyle } from '../text/style.ts';
import type { Geometry, Theme } from '../theme.ts';
import type { CaptionIndex } from './captions.ts';

/** What the parts of the book share while they are laid out. */
export interface BookContext {
  book: Book;
  theme: Theme;
  fonts: FontSet;
  flow: Flow;
  g: Geometry;
  labels: Labels;
  captions: CaptionIndex;
  imageSize: BlockContext['imageSize'];
  /** Colour of the book itself (the governance colour: cover, front matter). */
  accent: string;
  /** Buku Satu, or the executive summary on its own. */
  kind: BookKind;
  /** Cross-references on paper ("(lihat 2.1.3, hlm. 14)"), in a book that holds every destination. */
  seeAlso?: (dest: string) => string | undefined;
  /** Reports a problem found while laying out. */
  warn?: (warning: LayoutWarning) => void;
}

/** The body text style. */
export function bodyStyle(bc: BookContext): TextStyle {
  return { font: 'regular', size: bc.theme.body.size, color: bc.theme.colors.text };
}

/** A block context for Markdown in the full text block. */
export function blockContext(bc: BookContext, colour: string, extra: { file?: string; footnotes?: Footnotes } = {}): BlockContext {
  return {
    fonts: bc.fonts,
    theme: bc.theme,
    width: bc.g.measure,
    indent: 0,
    colour,
    base: bodyStyle(bc),
    leading: bc.theme.body.leading,
    listDepth: 0,
    captions: bc.captions.byNode,
    hidden: bc.captions.hidden,
    imageSize: bc.imageSize,
    frame: bc.flow.frame,
    landscape: { width: bc.flow.turned.measure, frame: bc.flow.landscapeFrame },
    images: bc.book.images,
    hyphenate: hyphenator(bc.book.lang),
    ...(bc.seeAlso ? { seeAlso: bc.seeAlso } : {}),
    ...(bc.warn ? { warn: bc.warn } : {}),
    ...extra,
  };
}
