import type { Root } from 'mdast';
import type { ParsedFile } from '../content/parsed.ts';
import type { SourceFile } from '../content/source.ts';
/** Parse Markdown (GFM) into mdast. */
export declare function parseMarkdown(text: string): Root;
/** Decode a YAML file (book.yml): the whole file is its `frontmatter`. */
export declare function parseYamlFile(source: SourceFile): ParsedFile;
/**
 * Decode a Markdown file and split it into YAML frontmatter and an mdast body. A file
 * that cannot be decoded or whose frontmatter cannot be read comes back with its
 * `failure`, for the rules to report; nothing here reports or throws.
 */
export declare function parse(source: SourceFile): ParsedFile;
