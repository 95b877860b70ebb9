import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { HtmlAsset } from './index.ts';

/**
 * How the page carries its images: `inline` (the default) puts each in the page as a
 * `data:` URL, so the one file keeps them when it is sent alone by e-mail or WhatsApp;
 * `files` copies them next to it under `assets/` (`build --assets-dir`, for very large books).
 */
export type AssetMode = 'inline' | 'files';

/** The media type of a PNG or JPEG by its first bytes. */
function mediaType(data: Buffer): string {
  return data[0] === 0x89 && data[1] === 0x50 ? 'image/png' : 'image/jpeg';
}

/**
 * Local files the page refers to (images, logo): inlined, or copied next to it under
 * `assets/`. One collector per render: it holds which files were taken and under which
 * name. It is handed only images the check accepted (the book's image resolver decides that).
 */
export class AssetCollector {
  private readonly byPath = new Map<string, string>();
  private readonly names = new Set<string>();
  readonly assets: HtmlAsset[] = [];

  constructor(
    private readonly contentDir: string,
    private readonly mode: AssetMode = 'inline',
  ) {}

  /** The URL of an accepted image file for the page, or undefined if it vanished since the check. */
  add(file: string): string | undefined {
    const abs = path.resolve(file);
    const known = this.byPath.get(abs);
    if (known) return known;
    if (!isFile(abs)) return undefined;
    const data = readFileSync(abs);
    let url: string;
    if (this.mode === 'inline') url = `data:${mediaType(data)};base64,${data.toString('base64')}`;
    else {
      const name = this.uniqueName(abs);
      this.assets.push({ name, data });
      url = name.split('/').map(encodeURIComponent).join('/');
    }
    this.byPath.set(abs, url);
    return url;
  }

  private uniqueName(abs: string): string {
    const rel = path.relative(this.contentDir, abs).split(path.sep).join('/');
    const wanted = rel.startsWith('assets/') ? rel : `assets/${rel}`;
    const ext = path.posix.extname(wanted);
    let name = wanted;
    for (let n = 2; this.names.has(name); n++) name = `${wanted.slice(0, wanted.length - ext.length)}-${n}${ext}`;
    this.names.add(name);
    return name;
  }
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
