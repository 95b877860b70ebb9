import type { Node, Root } from 'mdast';
import type { Position } from '../diagnostics/diagnostic.ts';
import type { SourceKind } from '../pipeline/read.ts';
import type { Reporter } from './rule.ts';

/** A Markdown file as the body rules see it. */
export interface MarkdownDoc {
  /** Display path for diagnostics. */
  file: string;
  /** Absolute path; relative images resolve against its folder. */
  path: string;
  kind: SourceKind;
  body: Root;
  /** Where the body starts in the file: mdast positions are relative to it. */
  bodyStart: Position;
  /** Without frontmatter an initiative is already an error; its body is not judged on top. */
  hasFrontmatter: boolean;
}

/** What the body rules may use besides the document. */
export interface BodyContext {
  reporter: Reporter;
  /** Absolute path of the content folder: images must stay inside it. */
  contentDir: string;
}

/** File position of an mdast node (its start), frontmatter lines included. */
export function nodePosition(doc: MarkdownDoc, node: Node): Position {
  const start = node.position?.start;
  if (!start) return doc.bodyStart;
  return { line: doc.bodyStart.line + start.line - 1, column: start.column };
}
