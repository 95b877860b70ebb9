/// <reference types="pdfkit" />
/**
 * pdfkit keeps several things we need off its public typings: the font object behind
 * `doc.font()` (metrics, shaping, glyph encoding), the page's font resources and the
 * document catalog (for /PageLabels). These narrow views name exactly what we touch, so a
 * pdfkit upgrade that moves them fails here and nowhere else.
 */

import { patchReferences } from './references.ts';

/** A pdfkit document. */
export type Doc = PDFKit.PDFDocument;

/** A bookmark in the outline. */
export type OutlineItem = PDFKit.PDFOutline;

/** Add a bookmark under `parent` pointing at `top` (points from the page top) of the current page. */
export function addOutlineItem(parent: OutlineItem, title: string, top: number, pageWidth: number): OutlineItem {
  // pdfkit 0.20 accepts destination options its typings omit; `left` is subtracted from
  // the page width (see PDFOutline), so the page width gives a destination at x = 0.
  const add = parent.addItem as (title: string, options: Record<string, unknown>) => OutlineItem;
  return add.call(parent, title, { fit: false, top, left: pageWidth, zoom: 0, expanded: false });
}

/** One shaped glyph's advance and offsets, in 1/1000 em. */
export interface GlyphPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

/** pdfkit's EmbeddedFont: metrics in 1/1000 em, widths at a size, glyph encoding for TJ. */
export interface PdfkitFont {
  id: string;
  ascender: number;
  descender: number;
  capHeight: number;
  xHeight: number;
  widthOfString(text: string, size: number): number;
  /** Hex glyph ids (adds them to the subset) and their positions. */
  encode(text: string): [string[], GlyphPosition[]];
  /** The font's indirect object, registered on first use. */
  ref(): unknown;
  /** Units per em to 1/1000 em. */
  scale: number;
  /** Shaped words by text: `encode` and `widthOfString` read it before shaping. */
  layoutCache?: Record<string, ShapedRun>;
  /** The fontkit font. */
  font: FontkitFont;
}

/** A fontkit glyph: id, advance in font units, the characters it draws. */
export interface FontkitGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

/** The fontkit font behind a pdfkit font. */
export interface FontkitFont {
  /** Glyphs in the font. */
  numGlyphs: number;
  layout(text: string, features?: Record<string, boolean>): { glyphs: FontkitGlyph[]; positions: GlyphPosition[] };
  glyphForCodePoint(codePoint: number): FontkitGlyph;
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/** A shaped word as pdfkit caches it: positions in 1/1000 em. */
export interface ShapedRun {
  glyphs: FontkitGlyph[];
  positions: GlyphPosition[];
  advanceWidth: number;
}

interface DocInternals {
  _font: PdfkitFont;
  page: { fonts: Record<string, unknown> };
  _root: { data: Record<string, unknown> };
  _offset: number;
  _write(data: string | Uint8Array): void;
}

/** Where a document's bytes go: bytes as they are, a string as pdfkit writes it (one byte per UTF-16 unit, then a newline). */
export interface ByteSink {
  bytes(data: Uint8Array): void;
  line(text: string): void;
}

/**
 * Hand the document's bytes to `sink` as pdfkit writes them, instead of through its
 * Readable stream (a push per small chunk), and turn strings into bytes natively rather
 * than character by character: the same bytes, a fifth of the serialising time.
 */
export function writeDirectly(doc: Doc, sink: ByteSink): void {
  const d = internals(doc);
  d._write = (data) => {
    if (data instanceof Uint8Array) {
      sink.bytes(data);
      d._offset += data.length;
    } else {
      const text = String(data);
      sink.line(text);
      d._offset += text.length + 1;
    }
  };
  patchReferences(Object.getPrototypeOf(d._root) as object);
}

function internals(doc: Doc): DocInternals {
  // pdfkit's typings omit these members; see the file comment.
  return doc as unknown as DocInternals;
}

/** Register a font file, or an already parsed fontkit font (pdfkit accepts both; its typings only the first). */
export function registerFont(doc: Doc, name: string, src: string | FontkitFont): void {
  const register = doc.registerFont as (name: string, src: string | FontkitFont) => Doc;
  register.call(doc, name, src);
}

/** The font object pdfkit registered under `name`. */
export function fontObject(doc: Doc, name: string): PdfkitFont {
  doc.font(name);
  return internals(doc)._font;
}

/** Make `font` a resource of the current page so content streams may name it. */
export function useFontOnPage(doc: Doc, font: PdfkitFont): void {
  const page = internals(doc).page;
  if (page.fonts[font.id] === undefined) page.fonts[font.id] = font.ref();
}

/** The document catalog's dictionary (pdfkit has no API for /PageLabels). */
export function catalog(doc: Doc): Record<string, unknown> {
  return internals(doc)._root.data;
}

/** An image as pdfkit opened it: its stored pixel size and, for a JPEG, its EXIF orientation (1–8). */
export interface OpenedImage {
  width: number;
  height: number;
  orientation?: number;
}

/** Open an image (cached by path) to learn its pixel size; pdfkit's typings omit `openImage`. */
export function openImage(doc: Doc, file: string): OpenedImage {
  const open = (doc as unknown as { openImage(src: string): OpenedImage }).openImage;
  return open.call(doc, file);
}

/** A written object as the parent tree names it: its number alone (pdfkit prints what is not a plain object by `toString`). */
class WrittenRef {
  constructor(private readonly id: number) {}

  get [Symbol.toStringTag](): string {
    return 'WrittenRef';
  }

  toString(): string {
    return `${this.id} 0 R`;
  }
}

/** An indirect object of the document (pdfkit's PDFReference), as the structure tree writes it. */
export interface DocRef {
  id: number;
  data: Record<string, unknown>;
  end(): void;
}

/** A marked-content sequence (pdfkit's PDFStructureContent): where on which page. */
export interface MarkedContent {
  refs: { pageRef: DocRef & { data: { StructParents: number } }; mcid: number }[];
}

interface StructDocument {
  ref(data: Record<string, unknown>): DocRef;
  getStructTreeRoot(): DocRef & { data: { K?: unknown[] } };
  getStructParentTree(): { get(key: number): unknown[] };
}

/** A new indirect object with `data`, numbered now, written when it ends. */
export function newRef(doc: Doc, data: Record<string, unknown>): DocRef {
  return (doc as unknown as StructDocument).ref(data);
}

/** The document's StructTreeRoot (made on first use). */
export function structTreeRoot(doc: Doc): DocRef & { data: { K?: unknown[] } } {
  return (doc as unknown as StructDocument).getStructTreeRoot();
}

/** Name the element `written` (already written) as the parent of each of `contents` in the parent tree: by its number alone. */
export function setContentParents(doc: Doc, contents: readonly MarkedContent[], written: DocRef): void {
  const tree = (doc as unknown as StructDocument).getStructParentTree();
  const ref = new WrittenRef(written.id);
  for (const content of contents) for (const { pageRef, mcid } of content.refs) tree.get(pageRef.data.StructParents)[mcid] = ref;
}

interface TransformInternals {
  _ctm: number[];
}

/** The current transformation matrix (pdfkit converts annotation rectangles with it). */
export function currentTransform(doc: Doc): number[] {
  return (doc as unknown as TransformInternals)._ctm.slice();
}

/** Run `fn` with the transformation matrix set to `ctm`, then put the current one back. */
export function underTransform(doc: Doc, ctm: number[], fn: () => void): void {
  const d = doc as unknown as TransformInternals;
  const before = d._ctm;
  d._ctm = ctm.slice();
  try {
    fn();
  } finally {
    d._ctm = before;
  }
}

/** The current page's content stream: its text not yet made bytes (see references.ts), and its bytes. */
export function pageContent(doc: Doc): { text?: string[]; buffer: Uint8Array[] } {
  return (doc.page as unknown as { content: { text?: string[]; buffer: Uint8Array[] } }).content;
}

/**
 * Run `fn` with what it writes to the page's content handed to `divert` first; written to the
 * page only when `divert` says so. pdfkit's own method shows through again afterwards.
 */
export function divertContent(doc: Doc, divert: (data: string) => boolean, fn: () => void): void {
  const d = doc as unknown as { addContent: (data: string) => Doc };
  const addContent = d.addContent;
  d.addContent = function (this: Doc, data: string) {
    return divert(data) ? addContent.call(this, data) : this;
  };
  try {
    fn();
  } finally {
    delete (d as { addContent?: unknown }).addContent;
  }
}

/** Run `fn` with nothing written to the page's content: what it does besides (resources, numbering, annotations) still happens. */
export function withoutContent(doc: Doc, fn: () => void): void {
  divertContent(doc, () => false, fn);
}

/** The glyphs of a face's subset so far, in the order they joined it. */
export function subsetGlyphs(font: PdfkitFont): readonly number[] {
  return (font as unknown as { subset: { glyphs: number[] } }).subset.glyphs;
}

/** Whether the face's dictionary is numbered yet (it is on the first page that uses it). */
export function fontNumbered(font: PdfkitFont): boolean {
  return (font as unknown as { dictionary?: unknown }).dictionary != null;
}
