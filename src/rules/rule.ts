import type { ConfigSubject } from '../config/book-config.ts';
import type { BookSubject } from '../content/book-subject.ts';
import type { ChapterDraft, IntroDraft } from '../content/chapter.ts';
import type { ImageSubject } from '../content/images.ts';
import type { InitiativeDraft } from '../content/initiative.ts';
import type { MarkdownDoc } from '../content/markdown-doc.ts';
import type { ParsedFile, TextSubject } from '../content/parsed.ts';
import type { SchemaSubject } from '../content/schema-issues.ts';
import type { SourceSubject } from '../content/source.ts';
import type { Position, Severity } from '../diagnostics/diagnostic.ts';
import type { Lang, Localized } from '../i18n/lang.ts';

/** What each kind of check receives from the runner, in pipeline order. */
export interface Subjects {
  /** Every file found under the content folder. */
  source: SourceSubject;
  /** Every file that could be read, decoded and split (or why not). */
  parsed: ParsedFile;
  /** The text of every decoded file. */
  text: TextSubject;
  /** Every YAML block checked against its schema. */
  schema: SchemaSubject;
  /** book.yml, validated. */
  config: ConfigSubject;
  /** Every Markdown body. */
  markdown: MarkdownDoc;
  /** Every image of a body, and the logo. */
  image: ImageSubject;
  /** Every front and back chapter. */
  chapter: ChapterDraft;
  /** Every file in dimensions/. */
  intro: IntroDraft;
  /** Every initiative file with frontmatter. */
  initiative: InitiativeDraft;
  /** The assembled book, once. */
  book: BookSubject;
  /** Each problem the PDF layout found (only a build finds these), after the check. */
  layout: LayoutSubject;
}

/** A problem the PDF layout found at a place in a Markdown file: a table too wide even for a landscape page. */
export interface LayoutSubject {
  file: string;
  position: Position;
  problem: 'table-too-wide';
}

/** A kind of check. */
export type CheckKind = keyof Subjects;

/** Where a problem is: a position, or a YAML path of the subject's file; the subject's file unless named. */
export interface At {
  file?: string;
  position?: Position;
  path?: readonly PropertyKey[];
  /** Point at the key at `path` rather than its value. */
  key?: boolean;
  suggestion?: string;
  /** Other files a cross-file problem involves (the other side of a duplicate id). */
  related?: readonly string[];
  /** What a link points at, for `check --changed`. */
  target?: string;
}

/** What a check may use: the language of messages, and `report`. */
export interface Context<P> {
  lang: Lang;
  report(params: P, at?: At): void;
}

/** The checks of a rule, by the subject each asks for (ESLint's visitors, one per subject). */
export type Checks<P> = { [K in CheckKind]?: (subject: Subjects[K], context: Context<P>) => void };

/**
 * `always`: the problem keeps a file out of the book, so it is always an error and book.yml
 * cannot change it. `identity`: the same, where it concerns a key that places the file
 * (an initiative's title, dimension and opd; book.yml's city, title and period).
 */
export type Fatality = 'always' | 'identity';

/** A rule as written in its file: id, default severity, description, messages and checks. */
export interface RuleDefinition<P> {
  id: string;
  severity: Severity;
  fatal?: Fatality;
  /** One line for listings, SARIF and the README. */
  description: string;
  message: Localized<P>;
  checks: Checks<P>;
}

/** A rule of the catalogue (its message parameters are its own business). */
export interface Rule {
  readonly id: string;
  readonly severity: Severity;
  readonly fatal?: Fatality;
  readonly description: string;
  readonly message: Localized<never>;
  readonly checks: Checks<never>;
}

/** Declare a rule; its checks and messages share the parameter type `P`. */
export function defineRule<P>(rule: RuleDefinition<P>): Rule {
  // The runner only hands a rule's own report parameters back to its own messages.
  return rule as unknown as Rule;
}

/** Severity overrides from book.yml `rules.severity`. */
export type SeverityOverrides = Readonly<Record<string, Severity | 'off'>>;
