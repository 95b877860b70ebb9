import type { Root } from 'mdast';
import type { YAMLError } from 'yaml';
import type { Position } from '../diagnostics/diagnostic.ts';
import type { YamlSource } from '../diagnostics/yaml-position.ts';
import type { SourceFile, SourceKind } from './source.ts';

/** YAML with the positions of its values, and its plain data (an empty document is `{}`). */
export interface Frontmatter {
  yaml: YamlSource;
  data: unknown;
}

/** Why a file could not be read as text and YAML: each keeps the file out of the book. */
export type ParseFailure =
  | { kind: 'encoding'; position: Position; byte: number; utf16?: boolean }
  | { kind: 'language'; language: string }
  | { kind: 'unclosed' }
  | { kind: 'yaml'; position: Position; error: YAMLError }
  | { kind: 'aliases'; position: Position };

/** A Markdown file split into frontmatter and a parsed body, or the reason it could not be. */
export interface ParsedFile {
  /** Display path, as printed in diagnostics. */
  file: string;
  kind: SourceKind;
  source: SourceFile;
  /** The decoded text; absent when the file is not valid UTF-8. */
  text?: string;
  failure?: ParseFailure;
  frontmatter?: Frontmatter;
  /** The body as mdast; positions are relative to `bodyStart`. Empty when parsing failed. */
  body: Root;
  bodyStart: Position;
}

/** The decoded text of a file, for the rules that read characters. */
export interface TextSubject {
  file: string;
  text: string;
}
