import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Image } from 'mdast';
import type { Position } from '../diagnostics/diagnostic.ts';
import { eachNode } from '../model/each-node.ts';
import { onlyImages } from '../model/figure-size.ts';
import type { ImageLookup, ImageRef } from '../model/images.ts';
import { checkImage } from './image-check.ts';
import { nodePosition, type MarkdownDoc } from './markdown-doc.ts';

/** An image as the image rules see it: where it was written and what it turned out to be. */
export interface ImageSubject {
  file: string;
  position: Position;
  ref: ImageRef;
  /** The alt text of a Markdown image; undefined for the logo, which has none. */
  alt?: string;
  /** Printed as a figure: the image stands alone in its paragraph. */
  figure?: boolean;
  /** The book's paper (figures print across its text block). */
  paper?: 'A4' | 'F4';
}

/** A path from a URL as browsers read it: `%20` is a space; a stray `%` is kept as written. */
function decodePath(url: string): string {
  const file = url.split(/[?#]/)[0] ?? url;
  try {
    return decodeURI(file);
  } catch {
    return file;
  }
}

/** What is on disk at `file`, as far as printing it goes: read through, not only sniffed. */
function probe(file: string): Probed {
  const info = statSync(file, { throwIfNoEntry: false });
  if (!info?.isFile()) return { status: 'missing' };
  const checked = checkImage(readFileSync(file));
  switch (checked.kind) {
    case 'ok':
      return { status: 'ok', format: checked.format, pixels: { width: checked.width, height: checked.height } };
    case 'oversized':
      return { status: 'oversized', pixels: { width: checked.width, height: checked.height } };
    case 'broken':
      return { status: 'broken' };
    case 'unknown':
      return { status: 'format' };
  }
}

type Probed = Pick<ImageRef, 'status' | 'format' | 'pixels'>;

/** A file in `dir` whose name differs from `name` only in case. */
function sameNameIn(dir: string, name: string): string | undefined {
  try {
    const lower = name.toLowerCase();
    return readdirSync(dir).find((entry) => entry.toLowerCase() === lower && statSync(path.join(dir, entry), { throwIfNoEntry: false })?.isFile());
  } catch {
    return undefined;
  }
}

/**
 * Where a missing image probably is: the same name in another case beside it (Windows and
 * macOS do not tell `Foto.JPG` from `foto.jpg`, the build server does), else the file of
 * that name in the book's `assets/`. As the path to write from `fromFile`, with `/`.
 */
function nearby(fromFile: string, file: string, root: string): string | undefined {
  const name = path.basename(file);
  const dir = path.dirname(file);
  const assets = path.join(root, 'assets');
  const beside = sameNameIn(dir, name);
  const inAssets = dir !== assets ? sameNameIn(assets, name) : undefined;
  const found = beside && beside !== name ? path.join(dir, beside) : inAssets ? path.join(assets, inAssets) : undefined;
  return found ? path.relative(path.dirname(fromFile), found).split(path.sep).join('/') : undefined;
}

/**
 * The one image resolver of a book: an image path is relative to the file that writes it
 * and must stay inside the content folder. Each file on disk is probed once; the check
 * reports what it found and both editions draw exactly what it accepted.
 */
export class ImageResolver {
  private readonly probed = new Map<string, Probed>();

  constructor(readonly root: string) {}

  /** What the image `url`, written in the file at `fromFile`, is. */
  resolve(fromFile: string, url: string): ImageRef {
    // A path on the writer's own computer (a drive letter, a network share, `file:`) is outside the book, not on the internet.
    if (/^[a-z]:[\\/]/i.test(url) || url.startsWith('\\') || /^file:/i.test(url)) return { url, status: 'outside' };
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return { url, status: 'remote' };
    const file = path.resolve(path.dirname(fromFile), decodePath(url));
    const relative = path.relative(this.root, file);
    if (relative.startsWith('..') || path.isAbsolute(relative)) return { url, status: 'outside', file };
    let found = this.probed.get(file);
    if (!found) {
      found = probe(file);
      this.probed.set(file, found);
    }
    if (found.status === 'missing') {
      const near = nearby(fromFile, file, this.root);
      if (near) return { url, file, ...found, near };
    }
    return { url, file, ...found };
  }

  /** The resolver as the book hands it to the renderers. */
  readonly lookup: ImageLookup = (fromFile, url) => this.resolve(fromFile, url);

  /** Every image of a Markdown body, resolved. */
  imagesOf(doc: MarkdownDoc): ImageSubject[] {
    const out: ImageSubject[] = [];
    const figures = new Set<Image>();
    eachNode(doc.body, 'paragraph', (p) => {
      if (onlyImages(p)) for (const c of p.children) if (c.type === 'image') figures.add(c);
    });
    eachNode(doc.body, 'image', (node) => out.push({ file: doc.file, position: nodePosition(doc, node), ref: this.resolve(doc.path, node.url), alt: node.alt ?? '', figure: figures.has(node) }));
    return out;
  }
}
