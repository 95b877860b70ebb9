import type { Hyphenate } from '../text/hyphenate.ts';
import type { LayoutWarning } from '../layout-warning.ts';
import type { Node } from 'mdast';
import type { ImageLookup } from '../../../model/images.ts';
import type { FontSet } from '../fonts.ts';
import type { Box } from '../flow/box.ts';
import type { Footnotes, InlineContext } from '../text/inline.ts';
import type { TextStyle } from '../text/style.ts';
import type { Theme } from '../theme.ts';
import type { Line } from '../text/break-lines.ts';

/**
 * What set lines refer to: the notes they carry to the foot of their page (each note
 * goes with the first line that shows its reference) and the marks its number links back to.
 */
export type NoteRefs = (lines: readonly Line[]) => Pick<Box, 'notes' | 'marks'>;

/** A numbered table or figure: its label ("Tabel 4.2"), caption and anchor. */
export interface Caption {
  label: string;
  caption: string;
  id: string;
  /** What a table's continuation pages say above the repeated column heads: "Tabel 4.2 (lanjutan)". */
  continued?: string;
}

/** Everything a draw function needs to lay out Markdown blocks. */
export interface BlockContext {
  fonts: FontSet;
  theme: Theme;
  /** Width available to the block, and its offset from the text block's left edge. */
  width: number;
  indent: number;
  /** Colour of the current chapter (table tints, rules). */
  colour: string;
  /** Body text style and its line height. */
  base: TextStyle;
  leading: number;
  /** Nesting depth of lists (bullet shape). */
  listDepth: number;
  footnotes?: Footnotes;
  /** The footnotes that lines carry to the foot of their page (unset: references print without notes). */
  notes?: NoteRefs;
  /** Absolute path of the Markdown file (images resolve against it). */
  file?: string;
  /** What the check found for each image: only accepted images are drawn. */
  images: ImageLookup;
  /** Numbers of tables and figures, assigned before layout; caption paragraphs not to print. */
  captions: WeakMap<Node, Caption>;
  hidden: WeakSet<Node>;
  /** Pixel size of an image file, or undefined when it cannot be read. */
  imageSize: (file: string) => { width: number; height: number } | undefined;
  /** Height of the text block (tall rows and images are cut or scaled to it). */
  frame: number;
  /** Cross-references on paper after links into the book (see InlineContext). */
  seeAlso?: (dest: string) => string | undefined;
  /** Levels a Markdown heading ranks below its depth in the structure tree ("##" in an initiative, under its H3 title, is H4). */
  headingShift?: number;
  /** The text block of a landscape page, where a table too wide for this one is set. */
  landscape?: { width: number; frame: number };
  /** Reports a problem found while laying out (a table too wide even for a landscape page). */
  warn?: (warning: LayoutWarning) => void;
  /** Hyphenation of body text in the book's language (headings, titles and code are never hyphenated). */
  hyphenate?: Hyphenate;
}


/** The boxes of one block and the space it wants around it (collapsed with its neighbours'). */
export interface Block {
  boxes: Box[];
  before: number;
  after: number;
  /** Introduces what follows (a paragraph ending in ":"): never end a page after it. */
  leadIn?: boolean;
}

/** What inline conversion of this block's text needs. */
export function inlineContext(ctx: BlockContext): InlineContext {
  return { theme: ctx.theme, ...(ctx.footnotes ? { footnotes: ctx.footnotes } : {}), ...(ctx.seeAlso ? { seeAlso: ctx.seeAlso } : {}) };
}

/** A narrower context, indented by `by` points. */
export function indented(ctx: BlockContext, by: number): BlockContext {
  return { ...ctx, indent: ctx.indent + by, width: ctx.width - by };
}

/** Space between paragraphs. */
export function paragraphGap(ctx: BlockContext): number {
  return ctx.leading * ctx.theme.body.paragraphGap;
}
