import matter from 'gray-matter';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Frontmatter, ParsedFile, ParseFailure } from '../content/parsed.ts';
import type { SourceFile } from '../content/source.ts';
import { readText, readYaml } from './read-text.ts';

class RefusedLanguage extends Error {
  constructor(readonly language: string) {
    super(`frontmatter language ${language} refused`);
  }
}

const refuse = (language: string) => ({
  parse: (): never => {
    throw new RefusedLanguage(language);
  },
  stringify: (): never => {
    throw new RefusedLanguage(language);
  },
});

/**
 * gray-matter only splits the file here: the YAML engine returns nothing because the
 * block is parsed again with `yaml` for positions, and every other engine refuses, so
 * `---js` / `---javascript` code is never evaluated. Options are always passed, which
 * also keeps gray-matter's shared cache out of the way.
 */
const MATTER_OPTIONS = {
  language: 'yaml',
  engines: {
    yaml: { parse: () => ({}), stringify: () => '' },
    yml: { parse: () => ({}), stringify: () => '' },
    js: refuse('js'),
    javascript: refuse('javascript'),
    json: refuse('json'),
    toml: refuse('toml'),
    coffee: refuse('coffee'),
    coffeescript: refuse('coffeescript'),
    cson: refuse('cson'),
  },
};

const markdown = unified().use(remarkParse).use(remarkGfm).freeze();

/** Parse Markdown (GFM) into mdast. */
export function parseMarkdown(text: string): Root {
  return markdown.parse(text);
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function languageOf(text: string): string {
  const first = text.slice(3, text.search(/\r?\n|$/));
  return first.trim();
}

type Split = { frontmatter?: Frontmatter; bodyOffset: number } | { failure: ParseFailure };

function readFrontmatter(text: string): Split {
  if (!/^---[^\S\r\n]*[A-Za-z]*[^\S\r\n]*\r?\n/.test(text) && text !== '---') return { bodyOffset: 0 };
  let split: { matter: string; content: string };
  try {
    const result = matter(text, MATTER_OPTIONS) as unknown as { matter?: string; content: string };
    split = { matter: result.matter ?? '', content: result.content };
  } catch (error) {
    return { failure: { kind: 'language', language: error instanceof RefusedLanguage ? error.language : languageOf(text) } };
  }
  const language = languageOf(text);
  if (language !== '' && language !== 'yaml' && language !== 'yml') return { failure: { kind: 'language', language } };
  if (!/\r?\n---[^\S\r\n]*(\r?\n|$)/.test(text.slice(3))) return { failure: { kind: 'unclosed' } };
  // The closing delimiter takes the last \n, so a CRLF file leaves a stray \r behind.
  const frontmatter = readYaml(split.matter.replace(/\r$/, ''), { line: 1, column: 4 + language.length });
  if ('failure' in frontmatter) return frontmatter;
  return { frontmatter, bodyOffset: text.length - split.content.length };
}

function failed(source: SourceFile): ParsedFile {
  return { file: source.display, kind: source.kind, source, body: { type: 'root', children: [] }, bodyStart: { line: 1, column: 1 } };
}

/** Decode a YAML file (book.yml): the whole file is its `frontmatter`. */
export function parseYamlFile(source: SourceFile): ParsedFile {
  const base = failed(source);
  const decoded = readText(source.bytes);
  if ('failure' in decoded) return { ...base, failure: decoded.failure };
  const yaml = readYaml(decoded.text, { line: 1, column: 1 });
  return 'failure' in yaml ? { ...base, text: decoded.text, failure: yaml.failure } : { ...base, text: decoded.text, frontmatter: yaml };
}

/**
 * Decode a Markdown file and split it into YAML frontmatter and an mdast body. A file
 * that cannot be decoded or whose frontmatter cannot be read comes back with its
 * `failure`, for the rules to report; nothing here reports or throws.
 */
export function parse(source: SourceFile): ParsedFile {
  const base = failed(source);
  const decoded = readText(source.bytes);
  if ('failure' in decoded) return { ...base, failure: decoded.failure };
  const { text } = decoded;
  const split = readFrontmatter(text);
  if ('failure' in split) return { ...base, text, failure: split.failure };
  const parsed: ParsedFile = { ...base, text, body: parseMarkdown(text.slice(split.bodyOffset)), bodyStart: { line: lineOf(text, split.bodyOffset), column: 1 } };
  if (split.frontmatter) parsed.frontmatter = split.frontmatter;
  return parsed;
}
