import path from 'node:path';
import { loadBook } from '../app/load-book.ts';
import { applyDimensionOverrides } from '../config/book-config.ts';
import { DimensionIndex } from '../config/dimension-index.ts';
import { OpdRegistry } from '../config/opd-registry.ts';
import type { SourceFile } from '../content/source.ts';
import { initiativeId } from '../domain/ids.ts';
import type { Lang } from '../i18n/lang.ts';
import { parse } from '../pipeline/parse.ts';
import { read } from '../pipeline/read.ts';
import type { BookFile } from '../schema/book.ts';
import type { NewContext } from './answers.ts';

/** The book as `new` sees it: its registries, rules and the ids already taken. */
export interface BookContext extends NewContext {
  settings: BookFile;
  /** Absolute path of the content folder. */
  contentDir: string;
}

/** The id an initiative file claims, by the book's one id rule. */
function claimedId(file: SourceFile): string {
  const data = parse(file).frontmatter?.data;
  const written = data && typeof data === 'object' && 'id' in data ? data.id : undefined;
  return initiativeId(written, path.basename(file.path)).id;
}

/**
 * Every id used in the book, also by files that do not pass the check yet (a broken
 * file still owns its id once fixed).
 */
async function takenIds(contentDir: string, cwd: string): Promise<Map<string, string>> {
  const source = await read(contentDir, cwd);
  const taken = new Map<string, string>();
  for (const file of source.files.filter((f) => f.kind === 'initiative')) {
    const id = claimedId(file);
    if (!taken.has(id)) taken.set(id, file.display);
  }
  return taken;
}

/** Load what `new` needs from the book project at `content` (relative to cwd). */
export async function loadBookContext(options: { cwd: string; content: string; lang?: Lang }): Promise<BookContext> {
  const result = await loadBook({ cwd: options.cwd, content: options.content, ...(options.lang ? { lang: options.lang } : {}) });
  const settings = result.book.settings;
  const dimensions = applyDimensionOverrides(settings.dimensions);
  const contentDir = result.book.contentDir;
  return {
    lang: result.lang,
    settings,
    dimensions,
    index: new DimensionIndex(dimensions),
    registry: new OpdRegistry(settings.opd),
    taken: await takenIds(options.content, options.cwd),
    bookFile: path.relative(options.cwd, path.join(contentDir, 'book.yml')).split(path.sep).join('/'),
    contentDir,
  };
}
