import type { ParsedFile } from '../content/parsed.ts';
import type { SourceFile } from '../content/source.ts';
import { readText, readYaml } from './read-text.ts';

/** A file with nothing parsed yet: an empty body at its first line. */
export function unparsed(source: SourceFile): ParsedFile {
  return { file: source.display, kind: source.kind, source, body: { type: 'root', children: [] }, bodyStart: { line: 1, column: 1 } };
}

/**
 * Decode a YAML file (book.yml): the whole file is its `frontmatter`. Apart from the
 * Markdown parser, so a check whose files all come from the cache never loads it.
 */
export function parseYamlFile(source: SourceFile): ParsedFile {
  const base = unparsed(source);
  const decoded = readText(source.bytes);
  if ('failure' in decoded) return { ...base, failure: decoded.failure };
  const yaml = readYaml(decoded.text, { line: 1, column: 1 });
  return 'failure' in yaml ? { ...base, text: decoded.text, failure: yaml.failure } : { ...base, text: decoded.text, frontmatter: yaml };
}
