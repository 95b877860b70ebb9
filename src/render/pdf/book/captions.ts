import type { Node, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Book } from '../../../model/book.ts';
import { labels } from '../../../i18n/labels.ts';
import { tableCaption } from '../../../model/table-caption.ts';
import type { Caption } from '../blocks/context.ts';
import { onlyImages } from '../../../model/figure-size.ts';
import { treeMemo } from './tree-memo.ts';

/** Numbered tables and figures, known before layout so the lists can come first. */
export interface CaptionIndex {
  byNode: WeakMap<Node, Caption>;
  /** Paragraphs used as captions ("Tabel: …" before a table), not printed as text. */
  hidden: WeakSet<Node>;
  tables: Caption[];
  figures: Caption[];
}

function explicitCaption(prev: RootContent | undefined): string | undefined {
  return prev?.type === 'paragraph' ? tableCaption(toString(prev as Paragraph)) : undefined;
}

interface Scope {
  /** "4" inside BAB IV; undefined in front and back chapters (numbered 1, 2, … across them). */
  chapter?: number;
  title: string;
  body: Root;
}

/** A caption without a label of its own ("Gambar peta …", "Tabel 3: …"): the book prints "Gambar 4.1" before it. */
function withoutLabel(text: string): string {
  const rest = text.replace(/^(?:gambar|tabel|grafik|figure|table|chart)(?:\s+[\d.]+)?\s*[:.\u2013\u2014-]?\s+(?=\S)/i, '');
  return rest === text ? text : rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** A tree's captioned tables (with the paragraph naming each) and its figures (with their own caption, if any), in order. */
interface Captioned {
  tables: { node: Node; caption: Node; text: string }[];
  figures: { node: Node; text: string | undefined }[];
}

/** What a tree captions, found once per tree: the numbers depend on what comes before, the finding does not. */
const captioned = treeMemo((body: Root): Captioned => {
  const found: Captioned = { tables: [], figures: [] };
  body.children.forEach((node, i) => {
    if (node.type !== 'table') return;
    // Only a table with a "Tabel: …" line above it is numbered and listed; a made-up caption says nothing.
    const explicit = explicitCaption(body.children[i - 1]);
    if (explicit) found.tables.push({ node, caption: body.children[i - 1]!, text: explicit });
  });
  visit(body, 'paragraph', (paragraph) => {
    if (!onlyImages(paragraph)) return;
    for (const node of paragraph.children) if (node.type === 'image') found.figures.push({ node, text: node.title || node.alt || undefined });
  });
  return found;
});

function scan(scope: Scope, index: CaptionIndex, counters: { table: number; figure: number }, book: Book): void {
  const l = labels(book.lang);
  const prefix = scope.chapter === undefined ? '' : `${scope.chapter}.`;
  const found = captioned(scope.body);
  for (const { node, caption: paragraph, text } of found.tables) {
    index.hidden.add(paragraph);
    const n = `${prefix}${++counters.table}`;
    const caption = { label: `${l.table} ${n}`, caption: withoutLabel(text), id: `_tabel-${n}`, continued: `${l.table} ${n} (${l.continued})` };
    index.byNode.set(node, caption);
    index.tables.push(caption);
  }
  for (const { node, text } of found.figures) {
    const n = `${prefix}${++counters.figure}`;
    const caption = { label: `${l.figure} ${n}`, caption: withoutLabel(text ?? scope.title), id: `_gambar-${n}` };
    index.byNode.set(node, caption);
    index.figures.push(caption);
  }
}

/** The numbers and captions a tree's tables and figures get in this book, as a key: a layout of the tree holds while they stay. */
export function captionsOf(index: CaptionIndex, body: Root): string {
  const found = captioned(body);
  return JSON.stringify([...found.tables, ...found.figures].map(({ node }) => index.byNode.get(node) ?? null));
}

/** Number every table and figure of the book in reading order ("Tabel 4.2" in BAB IV). */
export function indexCaptions(book: Book): CaptionIndex {
  const index: CaptionIndex = { byNode: new WeakMap(), hidden: new WeakSet(), tables: [], figures: [] };
  const loose = { table: 0, figure: 0 };
  for (const c of book.front) scan({ title: c.title, body: c.body }, index, loose, book);
  for (const chapter of book.chapters) {
    const counters = { table: 0, figure: 0 };
    if (chapter.intro) scan({ chapter: chapter.number, title: chapter.intro.title, body: chapter.intro.body }, index, counters, book);
    for (const i of chapter.initiatives) scan({ chapter: chapter.number, title: i.title, body: i.body }, index, counters, book);
  }
  for (const c of book.back) scan({ title: c.title, body: c.body }, index, loose, book);
  return index;
}
