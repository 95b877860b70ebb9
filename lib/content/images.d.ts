import type { Position } from '../diagnostics/diagnostic.ts';
import type { ImageLookup, ImageRef } from '../model/images.ts';
import { type MarkdownDoc } from './markdown-doc.ts';
/** An image as the image rules see it: where it was written and what it turned out to be. */
export interface ImageSubject {
    file: string;
    position: Position;
    ref: ImageRef;
    /** The alt text of a Markdown image; undefined for the logo, which has none. */
    alt?: string;
}
/**
 * The one image resolver of a book: an image path is relative to the file that writes it
 * and must stay inside the content folder. Each file on disk is probed once; the check
 * reports what it found and both editions draw exactly what it accepted.
 */
export declare class ImageResolver {
    readonly root: string;
    private readonly probed;
    constructor(root: string);
    /** What the image `url`, written in the file at `fromFile`, is. */
    resolve(fromFile: string, url: string): ImageRef;
    /** The resolver as the book hands it to the renderers. */
    readonly lookup: ImageLookup;
    /** Every image of a Markdown body, resolved. */
    imagesOf(doc: MarkdownDoc): ImageSubject[];
}
