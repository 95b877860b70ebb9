import path from 'node:path';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { Book } from '../../src/model/book.ts';
import { loadBook } from '../../src/app/load-book.ts';
import { renderPdf } from '../../src/render/pdf/index.ts';

/** Repository root. */
export const ROOT = path.resolve(import.meta.dirname, '../..');

/** SOURCE_DATE_EPOCH used by the tests (30 July 2019). */
export const EPOCH = 1564444800;

/** A piece of text on a page, with its position in PDF units (origin bottom left). */
export interface TextItem {
  str: string;
  x: number;
  y: number;
  /** Font size in points. */
  size: number;
  /** Drawn at an angle (the KONSEP mark). */
  rotated: boolean;
}

/** A link annotation: its rectangle [x1, y1, x2, y2] and target. */
export interface LinkAnnotation {
  rect: number[];
  dest?: string;
  url?: string;
}

/** A bookmark with the 0-based page it points at. */
export interface Bookmark {
  title: string;
  page: number;
  children: Bookmark[];
}

/** What the tests read back from a PDF. */
export interface ReadPdf {
  pageCount: number;
  /** Page labels ("i", "ii", …, "1", …), one per page. */
  labels: string[];
  items: TextItem[][];
  /** Text of each page, items joined with spaces. */
  text: string[];
  links: LinkAnnotation[][];
  outline: Bookmark[];
  info: Record<string, unknown>;
  /** Every font used on any page, and whether its file is embedded. */
  fonts: { name: string; embedded: boolean }[];
  /** Page size of the first page in points. */
  size: [number, number];
  /** 0-based page index of a named destination. */
  destPage(name: string): Promise<number>;
}

/** Text without any whitespace, for comparisons that must not depend on line breaks. */
export function squash(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, '');
}

async function pageIndex(doc: PDFDocumentProxy, dest: unknown): Promise<number> {
  const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : (dest as unknown[] | null);
  if (!explicit) return -1;
  return doc.getPageIndex(explicit[0] as Parameters<PDFDocumentProxy['getPageIndex']>[0]);
}

type RawOutline = Awaited<ReturnType<PDFDocumentProxy['getOutline']>>;

async function bookmarks(doc: PDFDocumentProxy, items: RawOutline): Promise<Bookmark[]> {
  const out: Bookmark[] = [];
  for (const item of items ?? []) {
    out.push({ title: item.title, page: await pageIndex(doc, item.dest), children: await bookmarks(doc, item.items as RawOutline) });
  }
  return out;
}

async function readPage(doc: PDFDocumentProxy, n: number, fonts: Map<string, boolean>): Promise<{ items: TextItem[]; links: LinkAnnotation[] }> {
  const page = await doc.getPage(n);
  const content = await page.getTextContent();
  const items = content.items.flatMap((i) => ('str' in i && i.str.trim() ? [{ str: i.str, x: i.transform[4] as number, y: i.transform[5] as number, size: Math.hypot(i.transform[0] as number, i.transform[1] as number), rotated: i.transform[1] !== 0 }] : []));
  const annotations = (await page.getAnnotations()) as { subtype: string; rect: number[]; dest?: unknown; url?: string }[];
  const links = annotations
    .filter((a) => a.subtype === 'Link')
    .map((a) => ({ rect: a.rect, ...(typeof a.dest === 'string' ? { dest: a.dest } : {}), ...(a.url ? { url: a.url } : {}) }));
  const ops = await page.getOperatorList();
  ops.fnArray.forEach((fn, i) => {
    if (fn !== OPS.setFont) return;
    const font = page.commonObjs.get((ops.argsArray[i] as [string])[0]) as { name: string; missingFile: boolean };
    fonts.set(font.name, !font.missingFile);
  });
  return { items, links };
}

/** Read text per page, links, bookmarks, labels, metadata and fonts of a PDF with pdf.js. */
export async function readPdf(buffer: Buffer): Promise<ReadPdf> {
  const doc = await getDocument({ data: new Uint8Array(buffer), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const fonts = new Map<string, boolean>();
  const items: TextItem[][] = [];
  const links: LinkAnnotation[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await readPage(doc, n, fonts);
    items.push(page.items);
    links.push(page.links);
  }
  const first = await doc.getPage(1);
  const [, , w, h] = first.view;
  const metadata = await doc.getMetadata();
  return {
    pageCount: doc.numPages,
    labels: (await doc.getPageLabels()) ?? [],
    items,
    text: items.map((page) => page.map((i) => i.str).join(' ')),
    links,
    outline: await bookmarks(doc, await doc.getOutline()),
    info: metadata.info as Record<string, unknown>,
    fonts: [...fonts].map(([name, embedded]) => ({ name, embedded })),
    size: [w!, h!],
    destPage: (name) => pageIndex(doc, name),
  };
}

/** Upright text items inside a rectangle [x1, y1, x2, y2] (with a little tolerance), top to bottom, left to right. */
export function itemsIn(items: readonly TextItem[], rect: readonly number[]): TextItem[] {
  const [x1, y1, x2, y2] = rect as [number, number, number, number];
  return items
    .filter((i) => !i.rotated && i.x >= x1 - 1 && i.x <= x2 + 1 && i.y >= y1 - 1 && i.y <= y2 + 1)
    .sort((a, b) => b.y - a.y || a.x - b.x);
}

/** Load a book project and render it, for tests. */
export async function renderProject(cwd: string, content = 'content', epoch = EPOCH): Promise<{ book: Book; pdf: Buffer }> {
  const { book, diagnostics } = await loadBook({ cwd, content });
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new Error(`fixture has errors: ${JSON.stringify(errors)}`);
  return { book, pdf: await renderPdf(book, { sourceDateEpoch: epoch }) };
}

/** Pages (0-based) that print `needle` in text of at least `minSize` points (headings), case and whitespace ignored. */
export function headingPages(pdf: ReadPdf, needle: string, minSize = 13): number[] {
  const s = squash(needle).toLowerCase();
  return pdf.items.flatMap((items, i) => (squash(items.filter((t) => t.size >= minSize && !t.rotated).map((t) => t.str).join('')).toLowerCase().includes(s) ? [i] : []));
}

/** Pages (0-based) whose text contains `needle` (whitespace ignored). */
export function pagesWith(pdf: ReadPdf, needle: string): number[] {
  const s = squash(needle);
  return pdf.text.flatMap((t, i) => (squash(t).includes(s) ? [i] : []));
}

/** Every image drawn on a page: its drawn width and height in points. */
export async function imageSizes(buffer: Buffer): Promise<{ width: number; height: number }[]> {
  const doc = await getDocument({ data: new Uint8Array(buffer), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const sizes: { width: number; height: number }[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const ops = await (await doc.getPage(n)).getOperatorList();
    ops.fnArray.forEach((fn, i) => {
      if (fn !== OPS.paintImageXObject) return;
      const transform = ops.fnArray.slice(0, i).lastIndexOf(OPS.transform);
      const [a, , , d] = ops.argsArray[transform] as number[];
      sizes.push({ width: Math.abs(a!), height: Math.abs(d!) });
    });
  }
  return sizes;
}

/** A footnote reference read back: its number, the page it is printed on, the page its note's destination is on. */
export interface FootnoteRef {
  dest: string;
  number: string;
  refPage: number;
  notePage: number;
}

/** Every footnote reference number of a PDF (a link to a `_fn-…` destination), first reference of each note only. */
export async function footnoteRefs(pdf: ReadPdf): Promise<FootnoteRef[]> {
  const refs: FootnoteRef[] = [];
  const seen = new Set<string>();
  for (const [page, links] of pdf.links.entries()) {
    for (const link of links) {
      if (!link.dest?.startsWith('_fn-') || seen.has(link.dest)) continue;
      seen.add(link.dest);
      const number = itemsIn(pdf.items[page]!, link.rect).map((i) => i.str).join('').trim();
      refs.push({ dest: link.dest, number, refPage: page, notePage: await pdf.destPage(link.dest) });
    }
  }
  return refs;
}

/** The footnote definitions of Markdown files: each note's first words, as they print (emphasis marks dropped). */
export function footnoteStarts(markdown: readonly string[], words = 6): string[] {
  return markdown.flatMap((text) => [...text.matchAll(/^\[\^[^\]]+\]:\s+(.+)$/gm)].map((m) => m[1]!.replace(/[*_]/g, '').split(/\s+/).slice(0, words).join(' ')));
}
