import { chapterTitleMissing } from './chapter-title-missing.ts';
import { dimensionIntroUnknown } from './dimension-intro-unknown.ts';
import { dimensionUnknown } from './dimension-unknown.ts';
import { duplicateId } from './duplicate-id.ts';
import { duplicateTitle } from './duplicate-title.ts';
import { elementUnknown } from './element-unknown.ts';
import { emptyBody } from './empty-body.ts';
import { emptySection } from './empty-section.ts';
import { fileName } from './file-name.ts';
import { fileUnreadable } from './file-unreadable.ts';
import { frontmatterLanguage } from './frontmatter-language.ts';
import { frontmatterMissing } from './frontmatter-missing.ts';
import { glyphMissing } from './glyph-missing.ts';
import { headingLevel } from './heading-level.ts';
import { imageAlt } from './image-alt.ts';
import { imageFormat } from './image-format.ts';
import { imageResolution } from './image-resolution.ts';
import { imageMissing } from './image-missing.ts';
import { imageOutside } from './image-outside.ts';
import { imageSyntax } from './image-syntax.ts';
import { invalidEncoding } from './invalid-encoding.ts';
import { invalidFormat } from './invalid-format.ts';
import { invalidValue } from './invalid-value.ts';
import { linkUnresolved } from './link-unresolved.ts';
import { nestingDepth } from './nesting-depth.ts';
import { noQuickWin } from './no-quick-win.ts';
import { opdDuplicate } from './opd-duplicate.ts';
import { opdUnknown } from './opd-unknown.ts';
import { outOfRange } from './out-of-range.ts';
import { periodOrder } from './period-order.ts';
import { rawHtml } from './raw-html.ts';
import { requiredKey } from './required-key.ts';
import { requiredSection } from './required-section.ts';
import type { Rule } from './rule.ts';
import { severityFatal } from './severity-fatal.ts';
import { strayFile } from './stray-file.ts';
import { unknownKey } from './unknown-key.ts';
import { unknownRule } from './unknown-rule.ts';
import { wrongType } from './wrong-type.ts';
import { yamlSyntax } from './yaml-syntax.ts';
import { tableTooWide } from './table-too-wide.ts';
import { yearOutsidePeriod } from './year-outside-period.ts';

/** Every rule of the check, sorted by id: the source for SARIF rule lists, docs and config validation. */
export const RULES: readonly Rule[] = (
  [
    chapterTitleMissing,
    dimensionIntroUnknown,
    dimensionUnknown,
    duplicateId,
    duplicateTitle,
    elementUnknown,
    emptyBody,
    emptySection,
    fileName,
    fileUnreadable,
    frontmatterLanguage,
    frontmatterMissing,
    glyphMissing,
    headingLevel,
    imageAlt,
    imageFormat,
    imageResolution,
    imageMissing,
    imageOutside,
    imageSyntax,
    invalidEncoding,
    invalidFormat,
    invalidValue,
    linkUnresolved,
    nestingDepth,
    noQuickWin,
    opdDuplicate,
    opdUnknown,
    outOfRange,
    periodOrder,
    rawHtml,
    requiredKey,
    requiredSection,
    severityFatal,
    strayFile,
    tableTooWide,
    unknownKey,
    unknownRule,
    wrongType,
    yamlSyntax,
    yearOutsidePeriod,
  ] as Rule[]
).sort((a, b) => (a.id < b.id ? -1 : 1));

/** Rule ids, for lookups. */
export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));

/** Ids of the rules whose problems always keep a file out of the book: book.yml cannot lower them. */
export const FATAL_RULE_IDS: ReadonlySet<string> = new Set(RULES.filter((r) => r.fatal === 'always').map((r) => r.id));
