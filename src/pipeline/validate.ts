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
import { emptyOutcome, type FileOutcome, type OutcomeMemo } from './file-outcome.ts';

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
  /** Outcomes of unchanged files from an earlier run (the content cache). */
  memo?: OutcomeMemo;
  /**
   * Initiative files of which only what the whole-book rules use is read (`check
   * --changed`: unchanged files), with `parseHead`: frontmatter and `#id` links; their
   * body rules do not run.
   */
  light?: { wanted: (source: SourceFile) => boolean; parseHead: (file: SourceFile) => ParsedFile };
}

/** Whether a file is parsed and checked as Markdown (others are only reported, or are book.yml). */
export function isMarkdownSource(source: SourceFile): boolean {
  return source.kind !== 'stray' && source.kind !== 'misnamed' && source.kind !== 'unreadable' && source.kind !== 'book';
}

function checkSchemaParts(runner: Runner, schema: Checked<unknown> | undefined): void {
  if (!schema) return;
  runner.check('schema', schema.identity, { fatal: true });
  runner.check('schema', schema.rest);
}

/** The body rules, then the image rules on each of its images. */
function checkBody(doc: MarkdownDoc, ctx: ValidateContext, out: FileOutcome): void {
  out.docs.push(doc);
  ctx.runner.check('markdown', doc);
  const images = ctx.images.imagesOf(doc);
  // An image's file can change while the Markdown does not: such a file is checked every time.
  if (images.length > 0) out.keepable = false;
  for (const image of images) ctx.runner.check('image', { ...image, paper: ctx.config.settings.paper });
}

function validateInitiative(parsed: ParsedFile, ctx: ValidateContext, out: FileOutcome, light: boolean): void {
  const required = ctx.config.settings.rules?.required_sections ?? [];
  const draft = draftInitiative(parsed, ctx.config);
  if (draft) {
    checkSchemaParts(ctx.runner, draft.schema);
    ctx.runner.check('initiative', draft);
    out.refs.push(referenceOf(draft));
  }
  const doc = markdownDoc(parsed, required);
  if (!light) checkBody(doc, ctx, out);
  else if (doc.body.children.length > 0) out.docs.push(doc);
  const initiative = draft && placeInitiative(draft);
  if (initiative) out.initiatives.push(initiative);
  else out.unplaced.push(parsed.file);
}

function validateChapter(parsed: ParsedFile, kind: 'front' | 'back', ctx: ValidateContext, out: FileOutcome): void {
  const draft = draftChapter(parsed);
  checkSchemaParts(ctx.runner, draft.schema);
  ctx.runner.check('chapter', draft);
  // A chapter's `#` title heading is taken out of its body before the body rules run.
  checkBody(markdownDoc(parsed, [], draft.body), ctx, out);
  const chapter = placeChapter(draft, kind);
  if (chapter) out[kind].push(chapter);
  else out.unplaced.push(parsed.file);
}

function validateIntro(parsed: ParsedFile, ctx: ValidateContext, out: FileOutcome): void {
  const draft = draftIntro(parsed, ctx.config);
  checkSchemaParts(ctx.runner, draft.schema);
  ctx.runner.check('intro', draft);
  checkBody(markdownDoc(parsed, []), ctx, out);
  const intro = placeIntro(draft);
  if (intro) out.intros.push([intro.dimension.id, intro.chapter]);
  else out.unplaced.push(parsed.file);
}

/** Run one file's own checks; `light` reads only what the whole-book rules use. */
function validateFile(source: SourceFile, ctx: ValidateContext, light: boolean): FileOutcome {
  const out = emptyOutcome();
  ctx.runner.check('source', { file: source.display, source });
  if (!isMarkdownSource(source)) return out;
  const parsed = light && ctx.light ? ctx.light.parseHead(source) : ctx.parse(source);
  ctx.runner.check('parsed', parsed);
  if (parsed.failure || parsed.text === undefined) return out;
  if (!light) ctx.runner.check('text', { file: parsed.file, text: parsed.text });
  if (parsed.kind === 'initiative') validateInitiative(parsed, ctx, out, light);
  else if (parsed.kind === 'front' || parsed.kind === 'back') validateChapter(parsed, parsed.kind, ctx, out);
  else if (parsed.kind === 'dimension') validateIntro(parsed, ctx, out);
  return out;
}

/** One file's outcome: kept from an earlier run, or checked now (and kept for the next). */
function outcomeOf(source: SourceFile, ctx: ValidateContext): FileOutcome {
  const kept = ctx.memo?.recall(source);
  if (kept) {
    ctx.runner.add(kept.diagnostics);
    return kept;
  }
  const light = source.kind === 'initiative' && (ctx.light?.wanted(source) ?? false);
  const before = ctx.runner.diagnostics.length;
  const outcome = validateFile(source, ctx, light);
  outcome.diagnostics = ctx.runner.diagnostics.slice(before);
  if (light) outcome.keepable = false;
  else if (outcome.keepable && ctx.runner.full) ctx.memo?.keep(source, outcome);
  return outcome;
}

function merge(out: ValidatedContent, outcome: FileOutcome): void {
  out.initiatives.push(...outcome.initiatives);
  out.refs.push(...outcome.refs);
  out.front.push(...outcome.front);
  out.back.push(...outcome.back);
  for (const [id, chapter] of outcome.intros) out.intros.set(id, chapter);
  out.docs.push(...outcome.docs);
  out.unplaced.push(...outcome.unplaced);
}

/**
 * Check every file on its own: where it lies, whether it reads, its frontmatter, its
 * names, its body and images. What passes (or fails only in ways book.yml allows) is
 * placed; what cannot be placed has a fatal error, which this asserts.
 */
export function validate(files: readonly SourceFile[], ctx: ValidateContext): ValidatedContent {
  const out: ValidatedContent = { initiatives: [], refs: [], front: [], back: [], intros: new Map(), docs: [], unplaced: [] };
  for (const source of files) merge(out, outcomeOf(source, ctx));
  for (const file of out.unplaced) {
    if (ctx.runner.full && ctx.runner.errorsIn(file) === 0) throw new Error(`${file} was left out of the book without an error: this is a bug in masterplan`);
  }
  return out;
}
