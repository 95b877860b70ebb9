import type { Element, ElementContent } from 'hast';
import type { ImageLookup } from '../../../model/images.ts';
import type { AssetCollector } from '../assets.ts';
/** Where a content block's images come from. */
export interface ImageOptions {
    /** Absolute path of the Markdown file: image paths are relative to it. */
    file: string;
    /** What the check found for each image. */
    images: ImageLookup;
    assets: AssetCollector;
    missing: string;
}
/**
 * A fixer that copies each content image the check accepted into the page's assets and
 * points it there; any other image (outside the book, missing, damaged, remote) is
 * replaced (the replacement is returned), never loaded.
 */
export declare function imageFixer(options: ImageOptions): (node: Element) => ElementContent | undefined;
