import path from 'node:path';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { BookConfig } from '../config/load.ts';
import { reportZodIssues } from '../diagnostics/zod-issues.ts';
import type { Dimension } from '../domain/dimensions.ts';
import type { ParsedFile } from '../pipeline/parse.ts';
import { chapterTitleMissing } from '../rules/chapter-title-missing.ts';
import { dimensionIntroUnknown } from '../rules/dimension-intro-unknown.ts';
import type { Reporter } from '../rules/rule.ts';
import { ChapterFrontmatter } from './schema.ts';

/** A front or back chapter, or a dimension introduction. */
export interface Chapter {
  /** Anchor id, from the file name. */
  id: string;
  title: string;
  body: Root;
  file: string;
  path: string;
}

function chapterId(file: string, prefix: string): string {
  const base = path.basename(file, '.md').replace(/^\d+[-_ ]*/, '');
  const slug = base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${prefix}-${slug || 'bab'}`;
}

function frontmatterTitle(parsed: ParsedFile, reporter: Reporter): string | undefined | false {
  if (!parsed.frontmatter) return undefined;
  const { yaml, data } = parsed.frontmatter;
  const result = ChapterFrontmatter.safeParse(data);
  if (!result.success) {
    reportZodIssues({ reporter, file: parsed.source.display, yaml, data, schema: ChapterFrontmatter }, result.error.issues);
    return false;
  }
  return result.data.title;
}

/** A front or back chapter: title from `title:` or its first `#` heading (which is then not repeated). */
export function resolveChapter(parsed: ParsedFile, reporter: Reporter, prefix: 'front' | 'back'): Chapter | undefined {
  const fromFrontmatter = frontmatterTitle(parsed, reporter);
  if (fromFrontmatter === false) return undefined;
  let body = parsed.body;
  let title = fromFrontmatter;
  const first = body.children[0];
  if (first?.type === 'heading' && (first as Heading).depth === 1) {
    title ??= toString(first);
    if (title === toString(first)) body = { ...body, children: body.children.slice(1) };
  }
  if (!title) {
    reporter.report(chapterTitleMissing, parsed.source.display, parsed.bodyStart, {});
    return undefined;
  }
  return { id: chapterId(parsed.source.rel, prefix), title, body, file: parsed.source.display, path: parsed.source.path };
}

/** A dimension introduction, matched to its dimension by file name. */
export function resolveIntro(parsed: ParsedFile, config: BookConfig, reporter: Reporter): { dimension: Dimension; chapter: Chapter } | undefined {
  const name = path.basename(parsed.source.path, '.md');
  const dimension = config.index.resolve(name);
  if (!dimension) {
    const meant = config.index.suggest(name);
    const allowed = config.dimensions.map((d) => `${d.id}.md`).join(', ');
    reporter.report(dimensionIntroUnknown, parsed.source.display, { line: 1, column: 1 }, { file: parsed.source.rel, allowed, ...(meant ? { meant } : {}) }, meant);
    return undefined;
  }
  const title = frontmatterTitle(parsed, reporter);
  if (title === false) return undefined;
  const chapter = { id: `intro-${dimension.id}`, title: title ?? dimension.name.id, body: parsed.body, file: parsed.source.display, path: parsed.source.path };
  return { dimension, chapter };
}
