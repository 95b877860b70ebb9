import type { FootnoteDefinition, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { eachNode } from '../../../model/each-node.ts';
import { curlyQuotes } from '../../../model/typography.ts';
import type { Theme } from '../theme.ts';
import { emphasise, withStyle, type Link, type Run, type TextStyle } from './style.ts';

/** Footnote numbers that run on through one chapter (its introduction and all its initiatives), and their destinations. */
export class NoteNumbering {
  count = 0;

  constructor(readonly scope: string) {}

  /** Named destination of a footnote's text. */
  dest(n: number): string {
    return `_fn-${this.scope}-${n}`;
  }

  /** Named destination of the line that refers to a footnote (its note links back there). */
  refDest(n: number): string {
    return `_fnref-${this.scope}-${n}`;
  }
}

/**
 * Footnote numbers of one Markdown file, in order of first reference and continuing its
 * chapter's count, and the link definitions (`[ref]: url`) its reference-style links point at.
 */
export class Footnotes {
  readonly numbers = new Map<string, number>();
  readonly links = new Map<string, string>();
  private readonly byDest = new Map<string, string>();

  constructor(readonly chapter: NoteNumbering, body?: Root) {
    if (body) eachNode(body, 'definition', (d) => this.links.set(d.identifier.toLowerCase(), d.url));
  }

  /** The number of a footnote, assigned on first reference. */
  number(identifier: string): number {
    const key = identifier.toLowerCase();
    let n = this.numbers.get(key);
    if (n === undefined) {
      n = ++this.chapter.count;
      this.numbers.set(key, n);
      this.byDest.set(this.dest(n), key);
    }
    return n;
  }

  /** Named destination of a footnote's text. */
  dest(n: number): string {
    return this.chapter.dest(n);
  }

  /** Notes this file's web links get on paper: the address, once per address. */
  readonly urlNotes = new Map<string, FootnoteDefinition>();

  /** The identifier of the note printing `url` (made on first use). */
  urlNote(url: string): string {
    const id = `_url:${url}`.toLowerCase();
    if (!this.urlNotes.has(id)) {
      const shown = url.replace(/^mailto:/i, '');
      this.urlNotes.set(id, { type: 'footnoteDefinition', identifier: id, children: [{ type: 'paragraph', children: [{ type: 'link', url, children: [{ type: 'text', value: shown }] }] }] });
    }
    return id;
  }

  /** The footnote a reference's link points at, if it is one of this file's. */
  identifierAt(dest: string): string | undefined {
    return this.byDest.get(dest);
  }
}

/** What inline conversion needs besides the nodes. */
export interface InlineContext {
  theme: Theme;
  footnotes?: Footnotes;
  /** On paper a link into the book says where it leads: the words before the page number ("(lihat 2.1.3, hlm. "), for a destination that has a number. */
  seeAlso?: (dest: string) => string | undefined;
}

/** A footnote's number raised after the word it belongs to, linking to the note. */
function noteMark(identifier: string, style: TextStyle, ctx: InlineContext): Run[] {
  if (!ctx.footnotes) return [];
  const n = ctx.footnotes.number(identifier);
  return [{ text: String(n), style: withStyle(style, { size: style.size * 0.68, rise: style.size * 0.36, color: ctx.theme.colors.link, link: { dest: ctx.footnotes.dest(n) } }) }];
}

/**
 * What paper adds after a link's text, since nobody can click it there: into the book,
 * " (lihat 2.1.3, hlm. 14)" (the page number filled in when the pages are drawn); to the
 * web, a footnote with the address, unless the text already is the address.
 */
function reference(link: Link | undefined, text: string, style: TextStyle, ctx: InlineContext): Run[] {
  if (link && 'url' in link) {
    const bare = (u: string) => u.replace(/^(https?:\/\/|mailto:)/i, '').replace(/\/$/, '').toLowerCase();
    return ctx.footnotes && bare(text) !== bare(link.url) ? noteMark(ctx.footnotes.urlNote(link.url), style, ctx) : [];
  }
  const words = link ? ctx.seeAlso?.(link.dest) : undefined;
  if (!words || !link) return [];
  return [{ text: words, style }, { text: '000)', style: withStyle(style, { pageOf: link.dest, pageLeft: true }) }];
}

function linkOf(url: string): Link | undefined {
  if (url.startsWith('#') && url.length > 1) return { dest: decodeURIComponent(url.slice(1)) };
  if (/^(https?:|mailto:)/i.test(url)) return { url };
  return undefined;
}

function children(nodes: readonly PhrasingContent[], style: TextStyle, ctx: InlineContext): Run[] {
  return nodes.flatMap((n) => phrasing(n, style, ctx));
}

function phrasing(node: PhrasingContent, style: TextStyle, ctx: InlineContext): Run[] {
  const c = ctx.theme.colors;
  switch (node.type) {
    case 'text':
      // A line ending inside a paragraph (the text was wrapped in an editor) is a space, as CommonMark says; only a hard break (`break`) breaks the line.
      return [{ text: curlyQuotes(node.value.replace(/[ \t]*\r?\n[ \t]*/g, ' ')).normalize('NFC'), style }];
    case 'strong':
      return children(node.children, withStyle(style, { font: emphasise(style.font, 'bold') }), ctx);
    case 'emphasis':
      return children(node.children, withStyle(style, { font: emphasise(style.font, 'italic') }), ctx);
    case 'delete':
      return children(node.children, withStyle(style, { strike: true }), ctx);
    case 'inlineCode':
      return [{ text: node.value.normalize('NFC'), style: withStyle(style, { font: 'mono', size: style.size * 0.88, background: c.inlineCode }) }];
    case 'link': {
      const link = linkOf(node.url);
      return [...children(node.children, link ? withStyle(style, { link, color: c.link }) : style, ctx), ...reference(link, toString(node), style, ctx)];
    }
    case 'break':
      return [{ text: '\n', style }];
    case 'footnoteReference':
      return noteMark(node.identifier, style, ctx);
    case 'image':
    case 'imageReference':
      return node.alt ? [{ text: node.alt, style: withStyle(style, { font: emphasise(style.font, 'italic') }) }] : [];
    case 'linkReference': {
      const url = ctx.footnotes?.links.get(node.identifier.toLowerCase());
      const link = url === undefined ? undefined : linkOf(url);
      return [...children(node.children, link ? withStyle(style, { link, color: c.link }) : style, ctx), ...reference(link, toString(node), style, ctx)];
    }
    case 'html':
      return [];
    default:
      return [];
  }
}

/** Runs of styled text for a paragraph's or heading's inline content. */
export function inlineRuns(nodes: readonly PhrasingContent[], style: TextStyle, ctx: InlineContext): Run[] {
  return children(nodes, style, ctx);
}

/** Plain runs from a string. */
export function plain(text: string, style: TextStyle): Run[] {
  return [{ text: text.normalize('NFC'), style }];
}
