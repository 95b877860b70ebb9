import matter from 'gray-matter';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Position } from '../diagnostics/diagnostic.ts';
import type { YamlSource } from '../diagnostics/yaml-position.ts';
import { frontmatterLanguage } from '../rules/frontmatter-language.ts';
import { frontmatterMissing } from '../rules/frontmatter-missing.ts';
import type { Reporter } from '../rules/rule.ts';
import type { SourceFile } from './read.ts';
import { readText, readYaml } from './read-text.ts';

/** YAML frontmatter with the positions of its values. */
export interface Frontmatter {
  yaml: YamlSource;
  data: unknown;
}

/** A Markdown file split into frontmatter and a parsed body. */
export interface ParsedFile {
  source: SourceFile;
  text: string;
  frontmatter?: Frontmatter;
  /** The body as mdast; positions are relative to `bodyStart`. */
  body: Root;
  bodyStart: Position;
}

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

function readFrontmatter(file: SourceFile, text: string, reporter: Reporter): { frontmatter?: Frontmatter; bodyOffset: number } | undefined {
  if (!/^---[^\S\r\n]*[A-Za-z]*[^\S\r\n]*\r?\n/.test(text) && text !== '---') return { bodyOffset: 0 };
  let split: { matter: string; content: string; language: string };
  try {
    const result = matter(text, MATTER_OPTIONS) as unknown as { matter?: string; content: string; language: string };
    split = { matter: result.matter ?? '', content: result.content, language: result.language };
  } catch (error) {
    const language = error instanceof RefusedLanguage ? error.language : languageOf(text);
    reporter.report(frontmatterLanguage, file.display, { line: 1, column: 4 }, { language });
    return undefined;
  }
  const language = languageOf(text);
  if (language !== '' && language !== 'yaml' && language !== 'yml') {
    reporter.report(frontmatterLanguage, file.display, { line: 1, column: 4 }, { language });
    return undefined;
  }
  if (!/\r?\n---[^\S\r\n]*(\r?\n|$)/.test(text.slice(3))) {
    reporter.report(frontmatterMissing, file.display, { line: 1, column: 1 }, { unclosed: true });
    return undefined;
  }
  // The closing delimiter takes the last \n, so a CRLF file leaves a stray \r behind.
  const frontmatter = readYaml(split.matter.replace(/\r$/, ''), { line: 1, column: 4 + language.length }, file, reporter);
  if (!frontmatter) return undefined;
  return { frontmatter, bodyOffset: text.length - split.content.length };
}

/** Decode a Markdown file and split it into YAML frontmatter and an mdast body; problems go to the reporter. */
export function parse(file: SourceFile, reporter: Reporter): ParsedFile | undefined {
  const text = readText(file, reporter);
  if (text === undefined) return undefined;
  const split = readFrontmatter(file, text, reporter);
  if (!split) return undefined;
  const bodyText = text.slice(split.bodyOffset);
  const parsed: ParsedFile = {
    source: file,
    text,
    body: parseMarkdown(bodyText),
    bodyStart: { line: lineOf(text, split.bodyOffset), column: 1 },
  };
  if (split.frontmatter) parsed.frontmatter = split.frontmatter;
  return parsed;
}
