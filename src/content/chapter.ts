import path from 'node:path';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { BookConfig } from '../config/book-config.ts';
import type { Position } from '../diagnostics/diagnostic.ts';
import type { Dimension } from '../domain/dimensions.ts';
import { slugify } from '../domain/ids.ts';
import type { Chapter } from '../model/book.ts';
import { ChapterFrontmatter, type Signature } from '../schema/chapter.ts';
import type { NameRef } from './initiative.ts';
import type { ParsedFile } from './parsed.ts';
import { checkSchema, type Checked } from './schema-issues.ts';

/** A chapter before the book gives it its anchor, number and signature block. */
export type ChapterContent = Omit<Chapter, 'anchor' | 'number' | 'label' | 'signature'> & {
  /** A numbered chapter (BAB …). */
  bab: boolean;
  signature?: Signature;
};

/** A front or back chapter file, read: what the chapter rules see. */
export interface ChapterDraft {
  file: string;
  bodyStart: Position;
  /** From `title:`, else from a first `#` heading; undefined when there is neither. */
  title?: string;
  /** The body without the heading that gave the title. */
  body: Root;
  schema?: Checked<ChapterFrontmatter>;
  parsed: ParsedFile;
}

/** A file in dimensions/, read: what the introduction rules see. */
export interface IntroDraft {
  file: string;
  /** Path relative to the content folder. */
  rel: string;
  dimension: NameRef<Dimension>;
  /** The file names that would be valid, for the message. */
  allowed: string;
  schema?: Checked<ChapterFrontmatter>;
  parsed: ParsedFile;
}

/** `front-kata-pengantar` from `front/02-kata-pengantar.md`: file name without its ordering number. */
function chapterId(rel: string, prefix: string): string {
  const base = path.basename(rel, '.md').replace(/^\d+[-_ ]*/, '');
  return `${prefix}-${slugify(base) || 'bab'}`;
}

function frontmatterOf(parsed: ParsedFile): Checked<ChapterFrontmatter> | undefined {
  if (!parsed.frontmatter) return undefined;
  const { yaml, data } = parsed.frontmatter;
  return checkSchema(ChapterFrontmatter, data, [], { file: parsed.file, yaml });
}

/** Read a front or back chapter: its title from `title:` or its first `#` heading (which is then not repeated). */
export function draftChapter(parsed: ParsedFile): ChapterDraft {
  const schema = frontmatterOf(parsed);
  let title = schema?.value?.title;
  let body = parsed.body;
  const first = body.children[0];
  if (first?.type === 'heading' && (first as Heading).depth === 1) {
    const heading = toString(first);
    title ??= heading;
    if (title === heading) body = { ...body, children: body.children.slice(1) };
  }
  return { file: parsed.file, bodyStart: parsed.bodyStart, ...(title ? { title } : {}), body, ...(schema ? { schema } : {}), parsed };
}

/** The chapter, or undefined when it has no title (the chapter rules say so). */
export function placeChapter(draft: ChapterDraft, prefix: 'front' | 'back'): ChapterContent | undefined {
  if (!draft.title) return undefined;
  const fm = draft.schema?.value;
  // Front chapters are preliminaries (Sambutan, Kata Pengantar) unless `bab: true`; back chapters are numbered unless `bab: false`.
  const bab = fm?.bab ?? prefix === 'back';
  const base = { id: chapterId(draft.parsed.source.rel, prefix), title: draft.title, body: draft.body, file: draft.file, path: draft.parsed.source.path, bodyStart: draft.bodyStart, bab };
  return fm?.signature ? { ...base, signature: fm.signature } : base;
}

/** Read a dimension introduction, matched to its dimension by file name. */
export function draftIntro(parsed: ParsedFile, config: BookConfig): IntroDraft {
  const name = path.basename(parsed.source.path, '.md');
  const found = config.index.resolve(name);
  const dimension: NameRef<Dimension> = found ? { written: name, path: [], found } : { written: name, path: [], ...(config.index.suggest(name) ? { meant: config.index.suggest(name)! } : {}) };
  const schema = frontmatterOf(parsed);
  return { file: parsed.file, rel: parsed.source.rel, dimension, allowed: config.dimensions.map((d) => `${d.id}.md`).join(', '), ...(schema ? { schema } : {}), parsed };
}

/** The introduction and its dimension, or undefined when the file name names no dimension. */
export function placeIntro(draft: IntroDraft): { dimension: Dimension; chapter: ChapterContent } | undefined {
  const dimension = draft.dimension.found;
  if (!dimension) return undefined;
  const title = draft.schema?.value?.title ?? dimension.name.id;
  return { dimension, chapter: { id: `intro-${dimension.id}`, title, body: draft.parsed.body, file: draft.file, path: draft.parsed.source.path, bodyStart: draft.parsed.bodyStart, bab: false } };
}
