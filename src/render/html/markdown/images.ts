import type { Element, ElementContent } from 'hast';
import type { ImageLookup } from '../../../model/images.ts';
import type { AssetCollector } from '../assets.ts';
import { h } from '../h.ts';

/** Where a content block's images come from. */
export interface ImageOptions {
  /** Absolute path of the Markdown file: image paths are relative to it. */
  file: string;
  /** What the check found for each image. */
  images: ImageLookup;
  assets: AssetCollector;
  missing: string;
}

/** A remote or unusable image is shown as a link or its alt text: the page never loads anything from outside. */
function replacement(node: Element, src: string | undefined, missing: string): ElementContent {
  const alt = typeof node.properties.alt === 'string' && node.properties.alt.trim() ? node.properties.alt : undefined;
  if (src && /^https?:\/\//i.test(src)) return h('a', { href: src, className: ['remote-image'] }, alt ?? src);
  return h('span', { className: ['image-missing'] }, `[${alt ?? missing}]`);
}

/** The page URL of an image the check accepted; anything else is not shown. */
function localImage(src: string, options: ImageOptions): string | undefined {
  const ref = options.images(options.file, src);
  return ref.status === 'ok' && ref.file ? options.assets.add(ref.file) : undefined;
}

/**
 * A fixer that copies each content image the check accepted into the page's assets and
 * points it there; any other image (outside the book, missing, damaged, remote) is
 * replaced (the replacement is returned), never loaded.
 */
export function imageFixer(options: ImageOptions): (node: Element) => ElementContent | undefined {
  return (node) => {
    if (node.tagName !== 'img') return undefined;
    const src = typeof node.properties.src === 'string' ? node.properties.src : undefined;
    const url = src ? localImage(src, options) : undefined;
    if (!url) return replacement(node, src, options.missing);
    node.properties.src = url;
    node.properties.alt = typeof node.properties.alt === 'string' ? node.properties.alt : '';
    node.properties.loading = 'lazy';
    node.properties.decoding = 'async';
    return undefined;
  };
}
