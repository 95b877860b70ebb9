import type { Root } from 'mdast';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Frontmatter, ParsedFile, ParseFailure } from '../content/parsed.ts';
import type { SourceFile } from '../content/source.ts';
import { unparsed } from './parse-yaml.ts';
import { readText, readYaml } from './read-text.ts';

/**
 * The GFM extensions, each with what its syntax starts with: a text with none of an
 * extension's marks parses the same without it, and the extensions cost up to three
 * times the plain parse (autolink literals most), so each file gets only those it needs.
 * The order is micromark-extension-gfm's.
 */
const GFM_PARTS = [
  { marks: /www\.|:\/\/|mailto:|xmpp:|@/i, syntax: gfmAutolinkLiteral, tree: gfmAutolinkLiteralFromMarkdown },
  { marks: /\[\^/, syntax: gfmFootnote, tree: gfmFootnoteFromMarkdown },
  { marks: /~/, syntax: gfmStrikethrough, tree: gfmStrikethroughFromMarkdown },
  { marks: /\|/, syntax: gfmTable, tree: gfmTableFromMarkdown },
  { marks: /\[[ \txX]\]/, syntax: gfmTaskListItem, tree: gfmTaskListItemFromMarkdown },
] as const;

/** A Markdown parser with these GFM extensions. */
function parserWith(parts: readonly (typeof GFM_PARTS)[number][]) {
  return unified()
    .use(remarkParse)
    .data('micromarkExtensions', parts.map((p) => p.syntax()))
    .data('fromMarkdownExtensions', parts.map((p) => p.tree()))
    .freeze();
}

/** One parser per set of extensions (at most 32), made when first needed. */
const parsers = new Map<number, ReturnType<typeof parserWith>>();

function parserFor(text: string): ReturnType<typeof parserWith> {
  const mask = GFM_PARTS.reduce((m, part, i) => (part.marks.test(text) ? m | (1 << i) : m), 0);
  let parser = parsers.get(mask);
  if (!parser) parsers.set(mask, (parser = parserWith(GFM_PARTS.filter((_, i) => mask & (1 << i)))));
  return parser;
}

/** The containers that open a line: indentation, `>` and list markers. */
const LINE_PREFIX = /^(?:[ \t]|>|[*+-](?=[ \t])|\d{1,9}[.)](?=[ \t]))*/;
/** Longer prefixes are cut to this: far past what nests legibly (the `nesting-depth` rule reports it), short enough to parse fast. */
export const MAX_LINE_PREFIX = 120;

/**
 * Cut the container prefix of lines nested absurdly deep (a list 1,500 levels in, `> `
 * 2,000 times): the parser's work grows with the square of the depth, so such a line
 * would take minutes. Lines stay where they are; the cut lines still nest past what the
 * check allows, so it is reported, never printed.
 */
export function boundNesting(text: string): string {
  if (!/[ \t>*+\d-]{121}/.test(text)) return text;
  return text
    .split('\n')
    .map((line) => {
      const prefix = LINE_PREFIX.exec(line)![0];
      return prefix.length > MAX_LINE_PREFIX ? prefix.slice(0, MAX_LINE_PREFIX) + line.slice(prefix.length) : line;
    })
    .join('\n');
}

/** Parse Markdown (GFM) into mdast. */
export function parseMarkdown(text: string): Root {
  const bounded = boundNesting(text);
  return parserFor(bounded).parse(bounded);
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

type Split = { frontmatter?: Frontmatter; bodyOffset: number } | { failure: ParseFailure };

/** The opening `---` line, with an optional language name (`---yaml`, `---js`). */
const OPEN = /^---([^\S\r\n]*([A-Za-z]*)[^\S\r\n]*)\r?\n/;
/** The closing `---` line. */
const CLOSE = /\r?\n---[^\S\r\n]*(?:\r?\n|$)/g;

/**
 * Split YAML frontmatter from the body. Only YAML is read: another language after the
 * opening `---` (`---js`, `---javascript`, `---toml`…) is refused and its text is never
 * evaluated, since nothing here evaluates anything.
 */
function readFrontmatter(text: string): Split {
  if (text === '---') return { failure: { kind: 'unclosed' } };
  const open = OPEN.exec(text);
  if (!open) return { bodyOffset: 0 };
  const language = open[2]!;
  if (language !== '' && language !== 'yaml' && language !== 'yml') return { failure: { kind: 'language', language } };
  const start = 3 + open[1]!.length;
  CLOSE.lastIndex = start;
  const close = CLOSE.exec(text);
  if (!close) return { failure: { kind: 'unclosed' } };
  const frontmatter = readYaml(text.slice(start, close.index), { line: 1, column: 4 + open[1]!.length });
  if ('failure' in frontmatter) return frontmatter;
  return { frontmatter, bodyOffset: close.index + close[0].length };
}


/**
 * Decode a Markdown file and split it into YAML frontmatter and an mdast body. A file
 * that cannot be decoded or whose frontmatter cannot be read comes back with its
 * `failure`, for the rules to report; nothing here reports or throws.
 */
export function parse(source: SourceFile): ParsedFile {
  return parseWith(source, parseMarkdown);
}

/**
 * A link destination that may start with `#`, however written: inline `](#a)` or a
 * definition `]: #a`, across a line break, in `<…>`, escaped `\#` or as `&#35;`/`&num;`.
 * A body without one has no `#id` link for the whole-book rules to check.
 */
const HASH_LINK = /\][(:]\s*<?(?:#|\\#|&#|&num;)/i;

const NO_BODY = (): Root => ({ type: 'root', children: [] });

/**
 * Frontmatter, and the body only when it may hold a `#id` link (else an empty body):
 * what the whole-book rules use of a file whose own checks are not wanted (`check --changed`).
 */
export function parseHead(source: SourceFile): ParsedFile {
  return parseWith(source, (body) => (HASH_LINK.test(body) ? parseMarkdown(body) : NO_BODY()));
}

function parseWith(source: SourceFile, parseBody: (body: string) => Root): ParsedFile {
  const base = unparsed(source);
  const decoded = readText(source.bytes);
  if ('failure' in decoded) return { ...base, failure: decoded.failure };
  const { text } = decoded;
  const split = readFrontmatter(text);
  if ('failure' in split) return { ...base, text, failure: split.failure };
  const parsed: ParsedFile = { ...base, text, body: parseBody(text.slice(split.bodyOffset)), bodyStart: { line: lineOf(text, split.bodyOffset), column: 1 } };
  if (split.frontmatter) parsed.frontmatter = split.frontmatter;
  return parsed;
}
