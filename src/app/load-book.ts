import path from 'node:path';
import type { Book } from '../model/book.ts';
import { loadBookConfig, peekLocale } from '../config/load.ts';
import { countSeverities, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { UsageError } from '../errors.ts';
import { parseLang, type Lang } from '../i18n/lang.ts';
import { assemble } from '../pipeline/assemble.ts';
import { parse, type ParsedFile } from '../pipeline/parse.ts';
import { ContentDirError, read } from '../pipeline/read.ts';
import { reportStrays, validate } from '../pipeline/validate.ts';
import { Reporter } from '../rules/rule.ts';

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
}

/** The stages of loadBook that touch every file and may be swapped for cached ones. */
export interface LoadStages {
  read: typeof read;
  parse: typeof parse;
}

/** The book with every diagnostic of every file, sorted. */
export interface LoadResult {
  book: Book;
  diagnostics: Diagnostic[];
  /** Number of files read (book.yml and every Markdown file). */
  files: number;
  errors: number;
  warnings: number;
  lang: Lang;
}

const NO_CONTENT: Record<Lang, (dir: string) => string> = {
  id: (dir) => `Folder konten \`${dir}\` tidak ditemukan. Jalankan perintah dari akar proyek buku atau beri \`--content <folder>\`.`,
  en: (dir) => `Content folder \`${dir}\` not found. Run the command from the book project's root or pass \`--content <dir>\`.`,
};
const NO_BOOK: Record<Lang, (file: string) => string> = {
  id: (file) => `Berkas \`${file}\` tidak ditemukan. Setiap proyek buku membutuhkan book.yml (lihat README, atau buat proyek baru dengan \`masterplan init\`).`,
  en: (file) => `\`${file}\` not found. Every book project needs a book.yml (see the README, or start one with \`masterplan init\`).`,
};

/** Read, parse, validate and assemble a book project: the whole check, with no output written. */
export async function loadBook(options: LoadOptions): Promise<LoadResult> {
  const contentArg = options.content ?? 'content';
  const fallbackLang = options.lang ?? 'id';
  const stages: LoadStages = { read, parse, ...options.stages };
  const source = await stages.read(contentArg, options.cwd).catch((error: unknown) => {
    if (error instanceof ContentDirError) throw new UsageError(NO_CONTENT[fallbackLang](contentArg));
    throw error;
  });
  if (!source.book) throw new UsageError(NO_BOOK[fallbackLang](path.posix.join(contentArg.split(path.sep).join('/'), 'book.yml')));
  const lang = options.lang ?? parseLang(peekLocale(source.book)) ?? 'id';
  const bookReporter = new Reporter(lang);
  const config = loadBookConfig(source.book, bookReporter);
  const reporter = new Reporter(lang, config.settings.rules?.severity ?? {});
  reporter.diagnostics.push(...bookReporter.diagnostics);
  reportStrays(source.files, reporter);
  const parsed = source.files
    .filter((f) => f.kind !== 'stray' && f.kind !== 'unreadable')
    .map((f) => stages.parse(f, reporter))
    .filter((p): p is ParsedFile => p !== undefined);
  const content = validate(parsed, config, reporter, source.contentDir);
  const book = assemble(content, config, reporter, {
    lang,
    contentDir: source.contentDir,
    ...(options.draft !== undefined ? { draft: options.draft } : {}),
  });
  const diagnostics = sortDiagnostics(reporter.diagnostics);
  return { book, diagnostics, files: source.files.length + 1, ...countSeverities(diagnostics), lang };
}
