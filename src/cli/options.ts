import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { parseEditions, type Edition } from '../app/editions.ts';
import type { LoadResult } from '../app/load-book.ts';
import { defaultCacheDir } from '../cache/location.ts';
import { CACHE_UNWRITTEN } from '../cache/messages.ts';
import { peekBookLocale } from '../app/book-locale.ts';
import { UsageError } from '../errors.ts';
import type { Io } from '../io/io.ts';
import { parseLang, type Lang } from '../i18n/lang.ts';
import { messages } from '../i18n/messages.ts';

/** Options every command takes. */
export interface CommonOptions {
  content: string;
  lang?: string;
}

/**
 * Where the book is when `--content` is not given: `content/` here, else the nearest
 * `content/book.yml` of a folder above (run from `content/initiatives/`, as ESLint and
 * Prettier find their settings). Relative to `cwd`.
 */
export function findContent(cwd: string): string {
  for (let dir = cwd; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'content', 'book.yml'))) return path.relative(cwd, path.join(dir, 'content')) || 'content';
    if (path.dirname(dir) === dir) return 'content';
  }
}

/** Before a command runs: a default `--content` becomes the book found from here upwards. */
export function resolveContentOption(command: Command, cwd: string): void {
  if (command.getOptionValueSource('content') === 'default') command.setOptionValue('content', findContent(cwd));
}

/** Add `--content` and `--lang` to a command. */
export function withCommonOptions(command: Command): Command {
  return command
    .option('--content <dir>', 'folder proyek buku / book project folder', 'content')
    .option('--lang <id|en>', 'bahasa pesan dan label / language of messages and labels (default: book.yml locale)');
}

/** Add `--cache-location` and `--no-cache` (commands that check the whole book: `check`, `build`). */
export function withCacheOptions(command: Command): Command {
  return command
    .option('--cache-location <dir>', 'folder cache / cache folder (default: node_modules/.cache/masterplan, else .cache/masterplan)')
    .option('--no-cache', 'tanpa cache: periksa ulang setiap berkas dan tidak menulis cache / no cache: check every file again and write no cache');
}

/** The content cache's folder as `loadBook` takes it, or undefined under `--no-cache`. */
export function cacheOption(options: { cache?: boolean; cacheLocation?: string; content: string }, cwd: string): { dir: string } | undefined {
  if (options.cache === false) return undefined;
  return { dir: options.cacheLocation !== undefined ? path.resolve(cwd, options.cacheLocation) : defaultCacheDir(path.resolve(cwd, options.content)) };
}

/** Say (on stderr) that the cache could not be written; nothing else about the run changes. */
export function noteUnwrittenCache(io: Pick<Io, 'stderr'>, result: Pick<LoadResult, 'cache' | 'lang'>): void {
  const unwritten = result.cache?.unwritten;
  // In the user's words where the file system's code is a known one (permission, a full disk…).
  if (unwritten) io.stderr.write(`${CACHE_UNWRITTEN[result.lang](WRITE_REASONS[unwritten.code]?.[result.lang] ?? unwritten.message)}\n`);
}

/** The language of a command's own texts: `--lang`, else the book's `locale`, else Indonesian. */
export function commandLang(options: CommonOptions, io: Pick<Io, 'cwd'>): Lang {
  const book = peekBookLocale(io.cwd, options.content);
  if (options.lang === undefined) return book ?? 'id';
  const lang = parseLang(options.lang);
  if (!lang) throw new UsageError(messages(book ?? 'id').badLang(options.lang));
  return lang;
}

/** The language asked for with `--lang` (checked), to override the book's. */
export function requestedLang(options: CommonOptions): Lang | undefined {
  if (options.lang === undefined) return undefined;
  const lang = parseLang(options.lang);
  if (!lang) throw new UsageError(messages('id').badLang(options.lang));
  return lang;
}

/** Add the options of commands that write the book: `--out`, `--format`, `--draft`, `--final`. */
export function withEditionOptions(command: Command): Command {
  return withDraftOptions(command.option('--out <dir>', 'folder hasil / output folder', 'dist').option('--format <list>', 'pdf,html', 'pdf,html'));
}

/** Add `--draft` and `--final`, which override book.yml `status`. */
export function withDraftOptions(command: Command): Command {
  return command.option('--draft', 'cetak tanda KONSEP / print the KONSEP mark').option('--final', 'tanpa tanda KONSEP / no KONSEP mark');
}

const OUT_WORDS = {
  id: {
    notFolder: (out: string) => `\`--out ${out}\` adalah berkas, bukan folder. Beri folder untuk buku, misalnya \`--out dist\`.`,
    inContent: (out: string, content: string) => `\`--out ${out}\` berada di dalam folder konten \`${content}\`: buku hasil susunan akan terbaca sebagai berkas konten. Pilih folder di luarnya, misalnya \`--out dist\`.`,
    cannotWrite: (out: string, why: string) => `Tidak dapat menulis ke \`${out}\` (${why}). Periksa izin folder itu atau pilih folder lain dengan \`--out <folder>\`.`,
  },
  en: {
    notFolder: (out: string) => `\`--out ${out}\` is a file, not a folder. Give a folder for the book, e.g. \`--out dist\`.`,
    inContent: (out: string, content: string) => `\`--out ${out}\` is inside the content folder \`${content}\`: the built book would be read as content. Choose a folder outside it, e.g. \`--out dist\`.`,
    cannotWrite: (out: string, why: string) => `Cannot write to \`${out}\` (${why}). Check that folder's permissions or choose another with \`--out <folder>\`.`,
  },
} satisfies Record<Lang, Record<string, unknown>>;

/** Why a folder cannot be written, in words, for the codes the file system gives. */
const WRITE_REASONS: Record<string, Record<Lang, string>> = {
  EACCES: { id: 'tidak ada izin menulis', en: 'permission denied' },
  EPERM: { id: 'tidak ada izin menulis', en: 'permission denied' },
  EROFS: { id: 'hanya-baca', en: 'read-only' },
  ENOSPC: { id: 'disk penuh', en: 'the disk is full' },
  ENOTDIR: { id: 'sebagian jalurnya adalah berkas', en: 'part of the path is a file' },
  EEXIST: { id: 'sebagian jalurnya adalah berkas', en: 'part of the path is a file' },
  EISDIR: { id: 'ada folder bernama seperti berkas buku di dalamnya', en: 'a folder in it has the name of a book file' },
};

/**
 * `--out` as an absolute folder: not a file, not inside the content folder (the book would
 * then be read back as content). Problems are usage errors naming the path.
 */
export function outputDirOption(out: string, cwd: string, content: string, lang: Lang): string {
  const dir = path.resolve(cwd, out);
  const contentDir = path.resolve(cwd, content);
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UsageError(OUT_WORDS[lang].notFolder(out));
  if (dir === contentDir || dir.startsWith(contentDir + path.sep)) throw new UsageError(OUT_WORDS[lang].inContent(out, content));
  return dir;
}

/** A failure to write the output folder as a usage error naming it and why; other errors pass through. */
export function writeFailure(error: unknown, out: string, lang: Lang): unknown {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  const why = WRITE_REASONS[code]?.[lang];
  return why ? new UsageError(OUT_WORDS[lang].cannotWrite(out, why)) : error;
}

/** The last second a PDF date can hold (9999-12-31T23:59:59Z). */
const LAST_EPOCH = 253_402_300_799;

const EPOCH_WORDS: Record<Lang, (value: string) => string> = {
  id: (value) => `SOURCE_DATE_EPOCH=${value} tidak sah: tulis jumlah detik sejak 1970 sebagai bilangan bulat, misalnya \`SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)\`, atau hapus variabel itu.`,
  en: (value) => `SOURCE_DATE_EPOCH=${value} is not valid: write the seconds since 1970 as a whole number, e.g. \`SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)\`, or unset it.`,
};

/**
 * SOURCE_DATE_EPOCH, which makes builds byte-identical: unset or empty is "now"; anything
 * but whole seconds from 1970 to year 9999 is a usage error, never silently ignored.
 */
export function epochOption(env: Io['env'], lang: Lang): number | undefined {
  const value = env.SOURCE_DATE_EPOCH;
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/.test(value) || Number(value) > LAST_EPOCH) throw new UsageError(EPOCH_WORDS[lang](value));
  return Number(value);
}

/** `--format` as editions; a wrong name is a usage error. */
export function editionsOption(value: string, lang: Lang): Set<Edition> {
  const editions = parseEditions(value);
  if ('unknown' in editions) throw new UsageError(messages(lang).badFormat(editions.unknown, 'pdf, html'));
  return editions;
}

/** `--draft` / `--final` as the override of book.yml `status`. */
export function draftOption(options: { draft?: boolean; final?: boolean }, lang: Lang): boolean | undefined {
  if (options.draft && options.final) throw new UsageError(messages(lang).draftAndFinal);
  return options.draft ? true : options.final ? false : undefined;
}
