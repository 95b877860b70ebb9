import path from 'node:path';
import { displayPath } from '../content/source.ts';
import type { Progress } from '../io/progress.ts';
import type { AssetMode } from '../render/html/assets.ts';
import type { BookKind } from '../model/book.ts';
import { write } from '../pipeline/write.ts';
import { renderEditions, type Edition, type Rendered } from './editions.ts';
import { loadBook, type LoadOptions, type LoadResult } from './load-book.ts';

/** One run of the application path: which book, which editions, how strictly. */
export interface ProduceRequest extends LoadOptions {
  editions: ReadonlySet<Edition>;
  /** Warnings refuse the book too. */
  strict?: boolean;
  progress: Progress;
  /** Seconds since 1970 for the PDF's dates (SOURCE_DATE_EPOCH). */
  sourceDateEpoch?: number;
  /** Buku Satu (default) or the executive summary. */
  book?: BookKind;
  /** Called with the check's result before anything is rendered (to print its diagnostics). */
  onChecked?: (result: LoadResult) => void;
  /** `--changes-since <ref>`: add the change annex against that git ref (else book.yml's `previous_edition`, if any). */
  changesSince?: string;
  /**
   * `build --changed [--base <ref>]`: instead of the book, a preview of the initiatives
   * changed since the merge base (with `base`, or the branch `check --changed` picks).
   */
  changed?: { base?: string };
  /** Environment for git (the CI's target branch); only read when comparing editions. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Notes to show the user (a base fetched in a shallow clone). */
  onNote?: (note: string) => void;
  /** How the HTML page carries its images: inside the page (default) or as files under `assets/`. */
  htmlAssets?: AssetMode;
  /** `--bleed <mm>` for the PDF (else book.yml's `print.bleed`). */
  bleedMm?: number;
  /** Make the editions in pieces that `writeRendered` writes as they come (see `RenderOptions.streamed`). */
  streamed?: boolean;
}

/** What one run came to: the check, and the rendered editions unless the check refused the book. */
export interface Produced {
  result: LoadResult;
  /** The check found errors (or warnings under `strict`): nothing was rendered. */
  refused: boolean;
  rendered?: Rendered;
}

/**
 * Load and check the book, then render the asked editions when the check allows it. The
 * one path `build`, `watch` and `serve` share; `write` puts the result on disk.
 */
export async function produce(request: ProduceRequest): Promise<Produced> {
  const { editions, strict, progress, sourceDateEpoch, onChecked, changesSince, changed, env, onNote, htmlAssets, bleedMm, streamed, ...load } = request;
  const book = changed ? 'pratinjau' : request.book;
  const result = await loadBook(load);
  onChecked?.(result);
  if (result.errors > 0 || (strict && result.warnings > 0)) return { result, refused: true };
  const previous = result.book.settings.previous_edition;
  const edition = changed ? { ...(changed.base !== undefined ? { ref: changed.base } : {}) } : changesSince !== undefined ? { ref: changesSince } : previous ? { ...previous, from: displayPath(load.cwd, path.join(result.book.contentDir, 'book.yml')) } : undefined;
  let model = result.book;
  if (edition && book !== 'ringkasan') {
    const [{ addEditionChanges }, { previewBook }] = await Promise.all([import('./edition-changes.ts'), import('../diff/preview.ts')]);
    model = await addEditionChanges(model, edition, { cwd: load.cwd, env: env ?? {}, ...(onNote ? { onNote } : {}) });
    if (changed) model = previewBook(model);
  }
  const rendered = await renderEditions(model, editions, { lang: result.lang, progress, ...(htmlAssets ? { htmlAssets } : {}), ...(bleedMm !== undefined ? { bleedMm } : {}), ...(streamed ? { streamed } : {}), ...(book ? { book } : {}), ...(sourceDateEpoch !== undefined ? { sourceDateEpoch } : {}), ...(load.cache ? { cacheDir: load.cache.dir } : {}) });
  return { result, refused: false, rendered };
}

/** Write what was rendered into `outDir`, atomically; the paths written. */
export function writeRendered(outDir: string, rendered: Rendered): Promise<string[]> {
  return write(outDir, rendered.files);
}
