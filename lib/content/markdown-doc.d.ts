import type { Node, Root } from 'mdast';
import type { Position } from '../diagnostics/diagnostic.ts';
import type { ParsedFile } from './parsed.ts';
import type { SourceKind } from './source.ts';
/** A Markdown file's body as the body rules see it. */
export interface MarkdownDoc {
    /** Display path for diagnostics. */
    file: string;
    /** Absolute path; relative images and links resolve against its folder. */
    path: string;
    kind: SourceKind;
    body: Root;
    /** Where the body starts in the file: mdast positions are relative to it. */
    bodyStart: Position;
    /** Without frontmatter an initiative is already an error; its body is not judged on top. */
    hasFrontmatter: boolean;
    /** The sections book.yml `rules.required_sections` asks every initiative for. */
    requiredSections: readonly string[];
}
/** The body of a parsed file (a chapter passes its body without the title heading). */
export declare function markdownDoc(parsed: ParsedFile, requiredSections: readonly string[], body?: Root): MarkdownDoc;
/** File position of an mdast node (its start), frontmatter lines included. */
export declare function nodePosition(doc: Pick<MarkdownDoc, 'bodyStart'>, node: Node): Position;
