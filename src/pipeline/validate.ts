import type { BookConfig } from '../config/load.ts';
import { resolveChapter, resolveIntro, type Chapter } from '../content/chapter.ts';
import type { Initiative } from '../content/initiative.ts';
import { referenceOf, resolveInitiative, type InitiativeRef } from '../content/resolve-initiative.ts';
import type { DimensionId } from '../domain/dimensions.ts';
import type { Reporter } from '../rules/rule.ts';
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
}

/** Report files that sit where the book does not look, so nothing is silently dropped. */
export function reportStrays(files: readonly SourceFile[], reporter: Reporter): void {
  for (const file of files) if (file.kind === 'stray') reporter.report(strayFile, file.display, { line: 1, column: 1 }, { file: file.rel });
}

/** Check each parsed file on its own and resolve its names against book.yml. */
export function validate(files: readonly ParsedFile[], config: BookConfig, reporter: Reporter): ValidatedContent {
  const out: ValidatedContent = { initiatives: [], refs: [], front: [], back: [], intros: new Map() };
  for (const parsed of files) {
    switch (parsed.source.kind) {
      case 'initiative': {
        const ref = referenceOf(parsed);
        if (ref) out.refs.push(ref);
        const initiative = resolveInitiative(parsed, config, reporter);
        if (initiative) out.initiatives.push(initiative);
        break;
      }
      case 'front':
      case 'back': {
        const chapter = resolveChapter(parsed, reporter, parsed.source.kind);
        if (chapter) out[parsed.source.kind].push(chapter);
        break;
      }
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
