import type { Book } from '../../book.ts';

/** A file the HTML page refers to, written next to it (e.g. `assets/logo.png`). */
export interface HtmlAsset {
  /** Path relative to the output folder, with `/`. */
  name: string;
  data: Buffer;
}

/** The HTML edition: one page plus the assets it links to. */
export interface HtmlOutput {
  html: string;
  assets: HtmlAsset[];
}

/** Render the book as one self-contained HTML page. */
export async function renderHtml(book: Book): Promise<HtmlOutput> {
  return { html: `<!doctype html><html lang="${book.lang}"><head><meta charset="utf-8"><title>${book.settings.title}</title></head><body></body></html>`, assets: [] };
}
