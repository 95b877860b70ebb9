import { createHash } from 'node:crypto';
import path from 'node:path';
import { buildStamp } from '../../../cache/context.ts';
import { readSealed, writeSealed, type CacheFolder } from '../../../cache/sealed-file.ts';

/** Bumped when what an entry holds changes shape. */
const FORMAT = 1;

/**
 * Initiatives' HTML kept between builds in the content cache's folder, by a digest of all
 * an article depends on (its body tree, its fields and place, the language, the book's
 * link table): a rebuild serialises again only the articles that changed. Written for one
 * masterplan version; a damaged or foreign file is ignored, checked by its checksum.
 */
export class ArticleStore {
  private readonly used = new Map<string, string>();
  private fresh = 0;

  private constructor(
    private readonly file: string,
    private readonly key: string,
    private readonly stored: Readonly<Record<string, unknown>>,
  ) {}

  /** The store of one book (`kind`: Buku Satu, the summary, a preview) of the content folder `contentDir`. */
  static open(cache: CacheFolder, contentDir: string, kind: string, settings: unknown): ArticleStore {
    const tag = createHash('sha256').update(contentDir).digest('hex').slice(0, 16);
    // book.yml's settings too: a change there (an OPD's name, a colour) may change any article.
    const key = createHash('sha256').update(`articles\0${FORMAT}\0${cache.version}\0${buildStamp()}\0${JSON.stringify(settings)}`).digest('hex');
    const file = path.join(cache.dir, `articles-${tag}-${kind}.json`);
    return new ArticleStore(file, key, readSealed(file, key) ?? {});
  }

  /** The digest an article is kept under. */
  static digest(parts: string): string {
    return createHash('sha256').update(parts).digest('base64');
  }

  /** The HTML kept under `digest`, if any. */
  recall(digest: string): string | undefined {
    const html = Object.hasOwn(this.stored, digest) ? this.stored[digest] : undefined;
    if (typeof html !== 'string') return undefined;
    this.used.set(digest, html);
    return html;
  }

  /** Keep an article of this render (one not in the file yet makes `save` write it). */
  keep(digest: string, html: string): void {
    this.used.set(digest, html);
    if (!Object.hasOwn(this.stored, digest)) this.fresh++;
  }

  /** Write the articles of this render (those of pages gone are dropped) when any is new; a failure only costs time. */
  save(): void {
    if (this.fresh === 0 && this.used.size === Object.keys(this.stored).length) return;
    writeSealed(this.file, this.key, Object.fromEntries(this.used));
  }
}
