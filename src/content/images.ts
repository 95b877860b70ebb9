import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Position } from '../diagnostics/diagnostic.ts';
import { eachNode } from '../model/each-node.ts';
import type { ImageLookup, ImageRef, ImageStatus } from '../model/images.ts';
import { nodePosition, type MarkdownDoc } from './markdown-doc.ts';

/** An image as the image rules see it: where it was written and what it turned out to be. */
export interface ImageSubject {
  file: string;
  position: Position;
  ref: ImageRef;
  /** The alt text of a Markdown image; undefined for the logo, which has none. */
  alt?: string;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The format of an image file, `broken` when it starts like one but is cut short or damaged. */
function sniff(file: string): 'png' | 'jpeg' | 'broken' | undefined {
  const bytes = readFileSync(file);
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) {
    // A whole PNG starts with its IHDR chunk and ends with IEND.
    const whole = bytes.toString('latin1', 12, 16) === 'IHDR' && bytes.subarray(-12).includes('IEND');
    return whole ? 'png' : 'broken';
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    // A whole JPEG ends with its end-of-image marker (some tools pad after it).
    const end = bytes.subarray(-64);
    return end.includes(Buffer.from([0xff, 0xd9])) ? 'jpeg' : 'broken';
  }
  return undefined;
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

/** What is on disk at `file`, as far as printing it goes. */
function probe(file: string): { status: ImageStatus; format?: 'png' | 'jpeg' } {
  const info = statSync(file, { throwIfNoEntry: false });
  if (!info?.isFile()) return { status: 'missing' };
  const format = sniff(file);
  if (format === 'broken') return { status: 'broken' };
  return format ? { status: 'ok', format } : { status: 'format' };
}

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
  private readonly probed = new Map<string, { status: ImageStatus; format?: 'png' | 'jpeg' }>();

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
    eachNode(doc.body, 'image', (node) => out.push({ file: doc.file, position: nodePosition(doc, node), ref: this.resolve(doc.path, node.url), alt: node.alt ?? '' }));
    return out;
  }
}
