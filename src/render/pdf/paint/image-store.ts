import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CacheFolder } from '../../../cache/sealed-file.ts';

/** Bumped when what a kept image holds changes shape. */
const FORMAT = 1;

/** An image with an alpha channel as pdfkit embeds it: colour and alpha, each deflated. */
interface SplitImage {
  imgData: Uint8Array;
  alphaChannel: Uint8Array;
}

/** pdfkit's PNG image while it is embedded (the parts this file touches). */
interface PngImage {
  document: object;
  image: { data?: unknown } | null;
  imgData: Uint8Array | null;
  alphaChannel?: Uint8Array;
  splitAlphaChannel(): void;
  finalize(): void;
}

/** Split images of this process by key (watch embeds the same logo on every rebuild); a handful at most. */
const MEMORY = new Map<string, SplitImage>();
const MEMORY_LIMIT = 16;
let folder: CacheFolder | undefined;
const patched = new WeakSet<object>();

/**
 * Where split images are kept between builds (the cache folder, or none). A PNG with an
 * alpha channel (a city's logo, usually) is decoded, split into colour and alpha and both
 * compressed again whenever it is embedded, all in JavaScript: a tenth of a small book's
 * build. The split parts depend only on the file's bytes and zlib, so they are kept.
 */
export function useImageStore(cache: CacheFolder | undefined): void {
  folder = cache;
}

/** Images of one document waiting to be written, in the order they were embedded. */
interface Waiting {
  ready: boolean;
  write: () => void;
}
const QUEUES = new WeakMap<object, Waiting[]>();

/**
 * Let pdfkit's PNG images (the class of `image`) take their split parts from memory or the
 * store, and write them in the order they were embedded: pdfkit writes each when its
 * pixels are decoded, asynchronously, so two such images could land in either order.
 */
export function rememberSplitImages(image: object): void {
  const proto = Object.getPrototypeOf(image) as Partial<PngImage> | null;
  if (!proto || typeof proto.splitAlphaChannel !== 'function' || patched.has(proto)) return;
  patched.add(proto);
  const split = proto.splitAlphaChannel;
  proto.splitAlphaChannel = function (this: PngImage): void {
    const data = this.image?.data;
    if (!(data instanceof Uint8Array)) return split.call(this);
    const finalize = this.finalize;
    const queue = QUEUES.get(this.document) ?? [];
    QUEUES.set(this.document, queue);
    const waiting: Waiting = { ready: false, write: () => finalize.call(this) };
    queue.push(waiting);
    const release = (): void => {
      waiting.ready = true;
      while (queue[0]?.ready) queue.shift()!.write();
    };
    const key = createHash('sha256').update(`${FORMAT}\0${process.versions.zlib}\0`).update(data).digest('hex');
    const kept = MEMORY.get(key) ?? readKept(key);
    if (kept) {
      this.imgData = kept.imgData;
      this.alphaChannel = kept.alphaChannel;
      // Written after the pages, as pdfkit writes a freshly split image.
      setImmediate(release);
      return;
    }
    // pdfkit splits asynchronously and then finalizes: take the parts on their way.
    this.finalize = function (this: PngImage): void {
      if (this.imgData && this.alphaChannel) keep(key, { imgData: this.imgData, alphaChannel: this.alphaChannel });
      release();
    };
    return split.call(this);
  };
}

function remember(key: string, image: SplitImage): void {
  if (MEMORY.size >= MEMORY_LIMIT) MEMORY.delete(MEMORY.keys().next().value!);
  MEMORY.set(key, image);
}

const fileOf = (dir: string, key: string): string => path.join(dir, 'images', `${key.slice(0, 32)}.bin`);

/** A kept image: the key, the colour part's length, the parts, then the checksum of all before it. */
function readKept(key: string): SplitImage | undefined {
  if (!folder) return undefined;
  try {
    const bytes = readFileSync(fileOf(folder.dir, key));
    const body = bytes.subarray(0, bytes.length - 20);
    if (!createHash('sha1').update(body).digest().equals(bytes.subarray(bytes.length - 20))) return undefined;
    if (body.subarray(0, 32).toString('hex') !== key) return undefined;
    const colour = body.readUInt32BE(32);
    if (36 + colour > body.length) return undefined;
    const image = { imgData: Uint8Array.from(body.subarray(36, 36 + colour)), alphaChannel: Uint8Array.from(body.subarray(36 + colour)) };
    remember(key, image);
    return image;
  } catch {
    return undefined;
  }
}

function keep(key: string, image: SplitImage): void {
  remember(key, image);
  if (!folder) return;
  const length = Buffer.alloc(4);
  length.writeUInt32BE(image.imgData.length);
  const body = Buffer.concat([Buffer.from(key, 'hex'), length, image.imgData, image.alphaChannel]);
  const file = fileOf(folder.dir, key);
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temp, Buffer.concat([body, createHash('sha1').update(body).digest()]));
    renameSync(temp, file);
  } catch {
    rmSync(temp, { force: true });
  }
}
