import type { Paragraph } from 'mdast';
import themeData from '../../templates/pdf-theme.json' with { type: 'json' };

/** A paragraph holding nothing but images is a figure (each image printed on its own, with a caption). */
export function onlyImages(node: Paragraph): boolean {
  const meaningful = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  return meaningful.length > 0 && meaningful.every((c) => c.type === 'image');
}

/** Pixels are taken at 96 per inch: a figure is never printed larger than that. */
export const PT_PER_PX = 72 / 96;
/** Largest share of the text block's height a figure may take, leaving room for its caption. */
export const MAX_FRAME_SHARE = 0.72;
/** Below this many pixels per inch a printed picture looks soft (print shops ask for 150 at least). */
export const MIN_PRINT_PPI = 150;

const MM = 72 / 25.4;

/** The printed size in points of a figure of `pixels` in a text block `width` wide and `frame` tall: scaled down to fit, never up. */
export function figureSize(pixels: { width: number; height: number }, width: number, frame: number): { width: number; height: number } {
  const scale = Math.min(1, width / (pixels.width * PT_PER_PX), (frame * MAX_FRAME_SHARE) / (pixels.height * PT_PER_PX));
  return { width: pixels.width * PT_PER_PX * scale, height: pixels.height * PT_PER_PX * scale };
}

/**
 * How a figure of `pixels` prints on the book's paper: its width in centimetres, its
 * pixels per inch, and how many pixels wide the same picture must be for `MIN_PRINT_PPI`
 * (it then prints as large as the page allows, scaled down).
 */
export function printResolution(pixels: { width: number; height: number }, paper: 'A4' | 'F4'): { cm: number; ppi: number; needed: number } {
  const page = themeData.paper[paper];
  const m = themeData.marginsMm;
  const width = page.width - (m.inner + m.outer) * MM;
  const frame = page.height - (m.top + m.bottom) * MM;
  const printed = figureSize(pixels, width, frame);
  const largest = Math.min(width, frame * MAX_FRAME_SHARE * (pixels.width / pixels.height));
  return { cm: (printed.width / 72) * 2.54, ppi: pixels.width / (printed.width / 72), needed: Math.ceil(((largest / 72) * MIN_PRINT_PPI) / 10) * 10 };
}
