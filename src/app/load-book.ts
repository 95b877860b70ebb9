import path from 'node:path';
import type { BookSubject } from '../content/book-subject.ts';
import { ImageResolver } from '../content/images.ts';
import type { ParsedFile } from '../content/parsed.ts';
import type { SourceFile } from '../content/source.ts';
import { countSeverities, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { UsageError } from '../errors.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Book } from '../model/book.ts';
import { assemble } from '../pipeline/assemble.ts';
import { configure } from '../pipeline/configure.ts';
import { ContentDirError, read, type ReadResult } from '../pipeline/read.ts';
import type { OutcomeMemo } from '../pipeline/file-outcome.ts';
import { isMarkdownSource, validate, type ValidateContext, type ValidatedContent } from '../pipeline/validate.ts';
import type { Rule } from '../rules/rule.ts';
import { RULES } from '../rules/catalogue.ts';
import { ContentCache, type Unwritten } from '../cache/content-cache.ts';
import { cacheContext } from '../cache/context.ts';
import { cacheFile } from '../cache/location.ts';
import { packageInfo } from './package-info.ts';

/** Where the book is and how to read it. */
export interface LoadOptions {
  cwd: string;
  /** Content folder, relative to cwd (default `content`). */
  content?: string;
  /** Message and label language; default: book.yml `locale`, else Indonesian. */
  lang?: Lang;
  /** Override book.yml `status` for the KONSEP mark. */
  draft?: boolean;
  /** Replacement read and parse stages: `watch` passes cached ones that re-read only changed files. */
  stages?: Partial<LoadStages>;
  /** The rules to run (default: the whole catalogue); tests run one rule alone. */
  rules?: readonly Rule[];
  /**
   * The content cache's folder: unchanged files are not checked again (`check`, `build`;
   * off with `--no-cache`). `linksOnly`: bodies taken from it hold only their links, enough
   * for the check but not for rendering.
   */
  cache?: { dir: string; linksOnly?: boolean };
  /** Initiative files of which only what the whole-book rules need is read (`check --changed`: the unchanged ones). */
  light?: (source: SourceFile) => boolean;
}

/** The stages of loadBook that touch every file and may be swapped for cached ones. */
export interface LoadStages {
  read: typeof read;
  parse: (file: SourceFile) => ParsedFile;
  /** Where the outcomes of files checked under this book.yml are kept in memory (`watch`: a file unchanged since the last load is not checked again). */
  outcomes?: (book: SourceFile) => OutcomeMemo;
}

/** Never called: every Markdown file came from the cache, so nothing is parsed. */
const NOTHING_TO_PARSE = (file: SourceFile): ParsedFile => {
  throw new Error(`${file.display} was to be parsed after the cache held every file: this is a bug in masterplan`);
};

/** The content cache of this book for these settings, when there is one. */
async function openCache(options: LoadOptions, book: SourceFile, contentDir: string): Promise<ContentCache | undefined> {
  if (!options.cache) return undefined;
  const cache = await ContentCache.open(cacheFile(options.cache.dir, contentDir), options.cache.linksOnly);
  return cache.bind(cacheContext({ book, ...(options.lang ? { lang: options.lang } : {}), ruleIds: (options.rules ?? RULES).map((r) => r.id), version: packageInfo().version }));
}

/**
 * The Markdown stages, with the parser loaded only when a file needs it: when every file
 * comes from the cache, loading the parser would be a good part of the whole check's time.
 */
async function markdownStages(options: LoadOptions, files: readonly SourceFile[], cache: ContentCache | undefined): Promise<Pick<ValidateContext, 'parse' | 'light'>> {
  const given = options.stages?.parse;
  if (!options.light && cache?.recallAll(files.filter(isMarkdownSource))) return { parse: given ?? NOTHING_TO_PARSE };
  const parser = await import('../pipeline/parse.ts');
  return { parse: given ?? parser.parse, ...(options.light ? { light: { wanted: options.light, parseHead: parser.parseHead } } : {}) };
}

/** The book with every diagnostic of every file, sorted. */
export interface LoadResult {
  book: Book;
  diagnostics: Diagnostic[];
  /** Number of files read (book.yml and every Markdown file). */
  files: number;
  /** Files under the content folder that are not in the book (each has a fatal error, or a file-name warning), sorted. */
  excluded: string[];
  errors: number;
  warnings: number;
  lang: Lang;
  /** What the content cache did, when there is one: files taken from it, and why it could not be written. */
  cache?: { recalled: number; checked: number; unwritten?: Unwritten };
}

const NO_CONTENT: Record<Lang, (dir: string) => string> = {
  id: (dir) => `Folder konten \`${dir}\` tidak ditemukan. Jalankan perintah dari akar proyek buku atau beri \`--content <folder>\`.`,
  en: (dir) => `Content folder \`${dir}\` not found. Run the command from the book project's root or pass \`--content <dir>\`.`,
};
const NO_BOOK: Record<Lang, (file: string) => string> = {
  id: (file) => `Berkas \`${file}\` tidak ditemukan. Setiap proyek buku membutuhkan book.yml (lihat README, atau buat proyek baru dengan \`masterplan init\`).`,
  en: (file) => `\`${file}\` not found. Every book project needs a book.yml (see the README, or start one with \`masterplan init\`).`,
};

/** Display paths of every file the book holds. */
function placedFiles(book: Book): Set<string> {
  const intros = book.chapters.flatMap((c) => (c.intro ? [c.intro] : []));
  return new Set([...book.initiatives, ...book.front, ...book.back, ...intros].map((x) => x.file));
}

/** Every initiative file is in the book and none has an error, so counts over them can be judged. */
function isComplete(content: ValidatedContent, diagnostics: readonly Diagnostic[]): boolean {
  if (content.unplaced.length > 0 || content.refs.length !== content.initiatives.length) return false;
  const failing = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
  return content.initiatives.every((i) => !failing.has(i.file));
}

/** Read, parse, validate and assemble a book project: the whole check, with no output written. */
export async function loadBook(options: LoadOptions): Promise<LoadResult> {
  const contentArg = options.content ?? 'content';
  const fallbackLang = options.lang ?? 'id';
  const source = await (options.stages?.read ?? read)(contentArg, options.cwd).catch((error: unknown) => {
    if (error instanceof ContentDirError) throw new UsageError(NO_CONTENT[fallbackLang](contentArg));
    throw error;
  });
  if (!source.book) throw new UsageError(NO_BOOK[fallbackLang](path.posix.join(contentArg.split(path.sep).join('/'), 'book.yml')));
  const cache = await openCache(options, source.book, source.contentDir);
  const stages = await markdownStages(options, source.files, cache);
  const { lang, draft, rules } = options;
  const memo = cache ? undefined : options.stages?.outcomes?.(source.book);
  const result = checkRead({ ...source, book: source.book }, { ...stages, ...(lang ? { lang } : {}), ...(draft !== undefined ? { draft } : {}), ...(rules ? { rules } : {}), ...(cache ? { cache } : {}), ...(memo ? { memo } : {}) });
  if (!cache) return result;
  const unwritten = await cache.save();
  return { ...result, cache: { recalled: cache.counts.recalled, checked: cache.counts.kept, ...(unwritten !== undefined ? { unwritten } : {}) } };
}

/** What checking read files needs besides them. */
export type CheckOptions = Pick<LoadOptions, 'lang' | 'draft' | 'rules'> & Partial<Pick<ValidateContext, 'parse' | 'light' | 'memo'>> & { cache?: ContentCache };

/**
 * Check files already read (from disk, or from memory in tests): book.yml, then every
 * file on its own, then the assembled book as a whole. `checkSources` gives it the parser.
 */
export function checkRead(source: ReadResult & { book: SourceFile }, options: CheckOptions & Pick<ValidateContext, 'parse'>): LoadResult {
  const images = new ImageResolver(source.contentDir);
  const { config, runner, lang } = configure(source.book, images, options.lang, options.rules, options.cache);
  const { parse, light, cache } = options;
  const memo = cache ?? options.memo;
  const content = validate(source.files, { config, runner, images, parse, ...(memo ? { memo } : {}), ...(light ? { light } : {}) });
  const logo = config.settings.logo ? images.resolve(source.book.path, config.settings.logo) : undefined;
  const draft = options.draft;
  const book = assemble(content, config, { lang, contentDir: source.contentDir, images: images.lookup, ...(logo ? { logo } : {}), ...(draft !== undefined ? { draft } : {}) });
  const intros = new Map([...content.intros].map(([id, c]) => [id, c.file]));
  const subject: BookSubject = { file: config.file, book, refs: content.refs, docs: content.docs, intros, complete: isComplete(content, runner.diagnostics) };
  runner.check('book', subject);
  const diagnostics = sortDiagnostics(runner.diagnostics);
  const placed = placedFiles(book);
  const excluded = source.files.map((f) => f.display).filter((f) => !placed.has(f));
  return { book, diagnostics, files: source.files.length + 1, excluded, ...countSeverities(diagnostics), lang };
}
