import type { BookConfig } from '../config/load.ts';
import { resolveChapter, resolveIntro, type Chapter } from '../content/chapter.ts';
import type { Initiative } from '../content/initiative.ts';
import { referenceOf, resolveInitiative, type InitiativeRef } from '../content/resolve-initiative.ts';
import type { DimensionId } from '../domain/dimensions.ts';
import { checkImages } from '../rules/check-images.ts';
import { checkEmptyBody } from '../rules/empty-body.ts';
import { checkEmptySections } from '../rules/empty-section.ts';
import { checkGlyphs } from '../rules/glyph-missing.ts';
import { checkHeadingLevel } from '../rules/heading-level.ts';
import type { BodyContext, MarkdownDoc } from '../rules/markdown-doc.ts';
import { checkRawHtml } from '../rules/raw-html.ts';
import { checkRequiredSections } from '../rules/required-section.ts';
import type { Reporter } from '../rules/rule.ts';
import { fileUnreadable } from '../rules/file-unreadable.ts';
import { strayFile } from '../rules/stray-file.ts';
import type { ParsedFile } from './parse.ts';
import type { SourceFile } from './read.ts';

/** Every file's content after its own checks, before the whole-book barrier. */
export interface ValidatedContent {
  initiatives: Initiative[];
  /** Id and title of every initiative file, valid or not, for the cross-file rules. */
  refs: InitiativeRef[];
  front: Chapter[];
  back: Chapter[];
  intros: Map<DimensionId, Chapter>;
  /** Every Markdown body, for the cross-file link check. */
  docs: MarkdownDoc[];
}

/** Report files that sit where the book does not look, or cannot be read, so nothing is silently dropped. */
export function reportStrays(files: readonly SourceFile[], reporter: Reporter): void {
  for (const file of files) {
    if (file.kind === 'stray') reporter.report(strayFile, file.display, { line: 1, column: 1 }, { file: file.rel });
    if (file.kind === 'unreadable') reporter.report(fileUnreadable, file.display, { line: 1, column: 1 }, { file: file.rel });
  }
}

function markdownDoc(parsed: ParsedFile, body = parsed.body): MarkdownDoc {
  const { display: file, path, kind } = parsed.source;
  return { file, path, kind, body, bodyStart: parsed.bodyStart, hasFrontmatter: parsed.frontmatter !== undefined };
}

/** The rules every Markdown body goes through; initiatives also need their required sections. */
function checkBody(doc: MarkdownDoc, ctx: BodyContext, requiredSections: readonly string[]): void {
  checkHeadingLevel(doc, ctx);
  checkRawHtml(doc, ctx);
  checkImages(doc, ctx);
  if (doc.kind === 'initiative' && doc.hasFrontmatter) {
    checkEmptyBody(doc, ctx);
    checkEmptySections(doc, ctx);
    checkRequiredSections(doc, ctx, requiredSections);
  }
}

/** Check each parsed file on its own and resolve its names against book.yml. */
export function validate(files: readonly ParsedFile[], config: BookConfig, reporter: Reporter, contentDir: string): ValidatedContent {
  const out: ValidatedContent = { initiatives: [], refs: [], front: [], back: [], intros: new Map(), docs: [] };
  const ctx: BodyContext = { reporter, contentDir };
  const required = config.settings.rules?.required_sections ?? [];
  for (const parsed of files) {
    checkGlyphs(parsed.source.display, parsed.text, reporter);
    // A chapter's `#` title heading is taken out of its body before the body rules run.
    const chapter = parsed.source.kind === 'front' || parsed.source.kind === 'back' ? resolveChapter(parsed, reporter, parsed.source.kind) : undefined;
    const doc = markdownDoc(parsed, chapter?.body);
    out.docs.push(doc);
    checkBody(doc, ctx, required);
    switch (parsed.source.kind) {
      case 'initiative': {
        const ref = referenceOf(parsed);
        if (ref) out.refs.push(ref);
        const initiative = resolveInitiative(parsed, config, reporter);
        if (initiative) out.initiatives.push(initiative);
        break;
      }
      case 'front':
      case 'back':
        if (chapter) out[parsed.source.kind].push(chapter);
        break;
      case 'dimension': {
        const intro = resolveIntro(parsed, config, reporter);
        if (intro) out.intros.set(intro.dimension.id, intro.chapter);
        break;
      }
      default:
        break;
    }
  }
  return out;
}
