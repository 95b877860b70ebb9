import path from 'node:path';
import type { Element, ElementContent } from 'hast';
import type { AssetCollector } from '../assets.ts';
import { h } from '../h.ts';

/** Where a content block's images come from. */
export interface ImageOptions {
  /** Folder of the Markdown file: image paths are relative to it. */
  baseDir: string;
  assets: AssetCollector;
  missing: string;
}

function decode(value: string): string {
  try {
    return decodeURI(value);
  } catch {
    return value;
  }
}

/** A remote or unusable image is shown as a link or its alt text: the page never loads anything from outside. */
function replacement(node: Element, src: string | undefined, missing: string): ElementContent {
  const alt = typeof node.properties.alt === 'string' && node.properties.alt.trim() ? node.properties.alt : undefined;
  if (src && /^https?:\/\//i.test(src)) return h('a', { href: src, className: ['remote-image'] }, alt ?? src);
  return h('span', { className: ['image-missing'] }, `[${alt ?? missing}]`);
}

function localImage(src: string, options: ImageOptions): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:|^[/\\]/i.test(src)) return undefined;
  const file = src.split(/[?#]/)[0] ?? '';
  return file ? options.assets.add(path.resolve(options.baseDir, decode(file))) : undefined;
}

/**
 * A fixer that copies each content image into the page's assets and points it there;
 * images outside the book project, missing or remote are replaced (the replacement is
 * returned), never loaded.
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
