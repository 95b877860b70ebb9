import { chapterTitleMissing } from "./chapter-title-missing.js";
import { dimensionIntroUnknown } from "./dimension-intro-unknown.js";
import { dimensionUnknown } from "./dimension-unknown.js";
import { duplicateId } from "./duplicate-id.js";
import { duplicateTitle } from "./duplicate-title.js";
import { elementUnknown } from "./element-unknown.js";
import { emptyBody } from "./empty-body.js";
import { emptySection } from "./empty-section.js";
import { fileUnreadable } from "./file-unreadable.js";
import { frontmatterLanguage } from "./frontmatter-language.js";
import { frontmatterMissing } from "./frontmatter-missing.js";
import { glyphMissing } from "./glyph-missing.js";
import { headingLevel } from "./heading-level.js";
import { imageAlt } from "./image-alt.js";
import { imageFormat } from "./image-format.js";
import { imageMissing } from "./image-missing.js";
import { imageOutside } from "./image-outside.js";
import { invalidEncoding } from "./invalid-encoding.js";
import { invalidFormat } from "./invalid-format.js";
import { invalidValue } from "./invalid-value.js";
import { linkUnresolved } from "./link-unresolved.js";
import { noQuickWin } from "./no-quick-win.js";
import { opdDuplicate } from "./opd-duplicate.js";
import { opdUnknown } from "./opd-unknown.js";
import { outOfRange } from "./out-of-range.js";
import { periodOrder } from "./period-order.js";
import { rawHtml } from "./raw-html.js";
import { requiredKey } from "./required-key.js";
import { requiredSection } from "./required-section.js";
import { severityFatal } from "./severity-fatal.js";
import { strayFile } from "./stray-file.js";
import { unknownKey } from "./unknown-key.js";
import { unknownRule } from "./unknown-rule.js";
import { wrongType } from "./wrong-type.js";
import { yamlSyntax } from "./yaml-syntax.js";
import { yearOutsidePeriod } from "./year-outside-period.js";
/** Every rule of the check, sorted by id: the source for SARIF rule lists, docs and config validation. */
export const RULES = [
    chapterTitleMissing,
    dimensionIntroUnknown,
    dimensionUnknown,
    duplicateId,
    duplicateTitle,
    elementUnknown,
    emptyBody,
    emptySection,
    fileUnreadable,
    frontmatterLanguage,
    frontmatterMissing,
    glyphMissing,
    headingLevel,
    imageAlt,
    imageFormat,
    imageMissing,
    imageOutside,
    invalidEncoding,
    invalidFormat,
    invalidValue,
    linkUnresolved,
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
    unknownKey,
    unknownRule,
    wrongType,
    yamlSyntax,
    yearOutsidePeriod,
].sort((a, b) => (a.id < b.id ? -1 : 1));
/** Rule ids, for lookups. */
export const RULE_IDS = new Set(RULES.map((r) => r.id));
/** Ids of the rules whose problems always keep a file out of the book: book.yml cannot lower them. */
export const FATAL_RULE_IDS = new Set(RULES.filter((r) => r.fatal === 'always').map((r) => r.id));
