import type { BookConfig } from '../config/book-config.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Book } from '../model/book.ts';
import type { ImageLookup, ImageRef } from '../model/images.ts';
import type { ValidatedContent } from './validate.ts';
/** Options that override book.yml for one build, and what the check resolved. */
export interface AssembleOptions {
    lang: Lang;
    contentDir: string;
    draft?: boolean;
    images: ImageLookup;
    logo?: ImageRef;
}
/**
 * The barrier: with every file validated, group the initiatives by dimension and element,
 * number the chapters (BAB I … through front, dimension and back chapters) and the
 * initiatives, give every part its anchor, and count everything once.
 */
export declare function assemble(content: ValidatedContent, config: BookConfig, options: AssembleOptions): Book;
