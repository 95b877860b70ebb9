/** What an image reference turned out to be on disk, as the check found it. */
export type ImageStatus = 'ok' | 'remote' | 'outside' | 'missing' | 'format' | 'broken' | 'oversized';

/** An image written in a file (or the logo in book.yml), resolved once for the check and both editions. */
export interface ImageRef {
  /** The URL as written. */
  url: string;
  status: ImageStatus;
  /** Absolute path of a local file (also when it is missing or outside the book). */
  file?: string;
  /** The format of an `ok` image. */
  format?: 'png' | 'jpeg';
  /** The pixel size of an `ok` or `oversized` image. */
  pixels?: { width: number; height: number };
  /** For a missing image: the path to write for a file that exists under another case or in `assets/`. */
  near?: string;
}

/**
 * What the check found for the image `url` written in the Markdown file at `fromFile`
 * (absolute path). Both editions draw an image only when its status is `ok`.
 */
export type ImageLookup = (fromFile: string, url: string) => ImageRef;
