import type { BookConfig } from '../config/book-config.ts';
import { draftChapter, draftIntro, placeChapter, placeIntro, type ChapterContent } from '../content/chapter.ts';
import type { ImageResolver } from '../content/images.ts';
import { draftInitiative, placeInitiative, referenceOf, type InitiativeRef } from '../content/initiative.ts';
import { markdownDoc, type MarkdownDoc } from '../content/markdown-doc.ts';
import type { ParsedFile } from '../content/parsed.ts';
import type { Checked } from '../content/schema-issues.ts';
import type { SourceFile } from '../content/source.ts';
import type { DimensionId } from '../domain/dimensions.ts';
import type { Initiative } from '../model/book.ts';
import type { Runner } from '../rules/run.ts';

/** Every file's content after its own checks, before the whole-book barrier. */
export interface ValidatedContent {
  initiatives: Initiative[];
  /** Id and title of every initiative file with frontmatter, placed or not, for the cross-file rules. */
  refs: InitiativeRef[];
  front: ChapterContent[];
  back: ChapterContent[];
  intros: Map<DimensionId, ChapterContent>;
  /** Every Markdown body, for the cross-file link check. */
  docs: MarkdownDoc[];
  /** Initiative files that could not be placed (each has a fatal error). */
  unplaced: string[];
}

/** What validating one file needs. */
export interface ValidateContext {
  config: BookConfig;
  runner: Runner;
  images: ImageResolver;
  parse: (file: SourceFile) => ParsedFile;
}

function checkSchemaParts(runner: Runner, schema: Checked<unknown> | undefined): void {
  if (!schema) return;
  runner.check('schema', schema.identity, { fatal: true });
  runner.check('schema', schema.rest);
}

/** The body rules, then the image rules on each of its images. */
function checkBody(doc: MarkdownDoc, ctx: ValidateContext, out: ValidatedContent): void {
  out.docs.push(doc);
  ctx.runner.check('markdown', doc);
  for (const image of ctx.images.imagesOf(doc)) ctx.runner.check('image', { ...image, paper: ctx.config.settings.paper });
}

function validateInitiative(parsed: ParsedFile, ctx: ValidateContext, out: ValidatedContent, required: readonly string[]): void {
  const draft = draftInitiative(parsed, ctx.config);
  if (draft) {
    checkSchemaParts(ctx.runner, draft.schema);
    ctx.runner.check('initiative', draft);
    out.refs.push(referenceOf(draft));
  }
  checkBody(markdownDoc(parsed, required), ctx, out);
  const initiative = draft && placeInitiative(draft);
  if (initiative) out.initiatives.push(initiative);
  else out.unplaced.push(parsed.file);
}

function validateChapter(parsed: ParsedFile, kind: 'front' | 'back', ctx: ValidateContext, out: ValidatedContent): void {
  const draft = draftChapter(parsed);
  checkSchemaParts(ctx.runner, draft.schema);
  ctx.runner.check('chapter', draft);
  // A chapter's `#` title heading is taken out of its body before the body rules run.
  checkBody(markdownDoc(parsed, [], draft.body), ctx, out);
  const chapter = placeChapter(draft, kind);
  if (chapter) out[kind].push(chapter);
  else out.unplaced.push(parsed.file);
}

function validateIntro(parsed: ParsedFile, ctx: ValidateContext, out: ValidatedContent): void {
  const draft = draftIntro(parsed, ctx.config);
  checkSchemaParts(ctx.runner, draft.schema);
  ctx.runner.check('intro', draft);
  checkBody(markdownDoc(parsed, []), ctx, out);
  const intro = placeIntro(draft);
  if (intro) out.intros.set(intro.dimension.id, intro.chapter);
  else out.unplaced.push(parsed.file);
}

/**
 * Check every file on its own: where it lies, whether it reads, its frontmatter, its
 * names, its body and images. What passes (or fails only in ways book.yml allows) is
 * placed; what cannot be placed has a fatal error, which this asserts.
 */
export function validate(files: readonly SourceFile[], ctx: ValidateContext): ValidatedContent {
  const out: ValidatedContent = { initiatives: [], refs: [], front: [], back: [], intros: new Map(), docs: [], unplaced: [] };
  const required = ctx.config.settings.rules?.required_sections ?? [];
  for (const source of files) {
    ctx.runner.check('source', { file: source.display, source });
    if (source.kind === 'stray' || source.kind === 'misnamed' || source.kind === 'unreadable' || source.kind === 'book') continue;
    const parsed = ctx.parse(source);
    ctx.runner.check('parsed', parsed);
    if (parsed.failure || parsed.text === undefined) continue;
    ctx.runner.check('text', { file: parsed.file, text: parsed.text });
    if (parsed.kind === 'initiative') validateInitiative(parsed, ctx, out, required);
    else if (parsed.kind === 'front' || parsed.kind === 'back') validateChapter(parsed, parsed.kind, ctx, out);
    else if (parsed.kind === 'dimension') validateIntro(parsed, ctx, out);
  }
  for (const file of out.unplaced) {
    if (ctx.runner.full && ctx.runner.errorsIn(file) === 0) throw new Error(`${file} was left out of the book without an error: this is a bug in masterplan`);
  }
  return out;
}
