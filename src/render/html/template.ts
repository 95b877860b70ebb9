import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Book } from '../../model/book.ts';

/** The page's own CSS and script, read from templates/html/ at render time. */
export interface PageTemplate {
  css: string;
  script: string;
}

const TEMPLATE_DIR = new URL('../../../templates/html/', import.meta.url);
const CSS_FILES = ['page.css', 'cover.css', 'menu.css', 'filter.css', 'chapters.css', 'content.css', 'tables.css', 'summary.css', 'print.css'];
const SCRIPT_FILES = ['menu.js', 'spy.js', 'filter.js'];

/** One CSS custom property per dimension, so chapters, badges and tables take their colour. */
function dimensionColours(book: Book): string {
  return book.chapters
    .filter((c) => /^#[0-9a-f]{3,8}$/i.test(c.dimension.colour))
    .map((c) => `.dim-${c.dimension.id} { --dim: ${c.dimension.colour}; }`)
    .join('\n');
}

/** Read the stylesheets and the page scripts; a fresh read per render, so edits show on the next build. */
export async function loadTemplate(book: Book): Promise<PageTemplate> {
  const css = await Promise.all(CSS_FILES.map((f) => readFile(new URL(f, TEMPLATE_DIR), 'utf8')));
  const scripts = await Promise.all(SCRIPT_FILES.map((f) => readFile(new URL(f, TEMPLATE_DIR), 'utf8')));
  return { css: [...css, dimensionColours(book)].join('\n'), script: scripts.join('\n').replaceAll('</', '<\\/') };
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Content-Security-Policy for the page: only our inline style and script (by hash), and
 * images in the page (`data:`, which cannot run code) or next to the file. Defence in depth behind sanitising: even markup that slipped
 * through could not run code or reach the network.
 */
export function contentSecurityPolicy(template: PageTemplate): string {
  return [
    "default-src 'none'",
    `script-src ${sha256(template.script)}`,
    `style-src ${sha256(template.css)}`,
    "img-src 'self' file: data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
