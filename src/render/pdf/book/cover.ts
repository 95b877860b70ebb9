import { formatMonthYear } from '../../../i18n/format.ts';
import { DEFAULT_DIMENSIONS } from '../../../domain/dimensions.ts';
import type { Painter } from '../paint/painter.ts';
import { breakLines } from '../text/break-lines.ts';
import { plain } from '../text/inline.ts';
import type { TextStyle } from '../text/style.ts';
import { MM } from '../theme.ts';
import type { BookContext } from './context.ts';

/** "Kota Cirebon", "Kabupaten Bintan": the region's name stays with its word on the cover (a no-break space). */
export function keepRegion(text: string): string {
  return text.replace(/\b(Kota|Kabupaten|Kab\.|Provinsi|City of|Regency of)\s+(?=\S)/g, '$1\u00a0');
}

/** Draw text wrapped to `width` from `top`; returns the y below it. */
function block(p: Painter, bc: BookContext, text: string, style: TextStyle, x: number, top: number, width: number, leading: number): number {
  const lines = breakLines(bc.fonts, plain(text, style), width);
  lines.forEach((line, i) => p.line(line, x, top + i * leading, leading, width, 'left'));
  return top + lines.length * leading;
}

function logo(bc: BookContext): string | undefined {
  const logo = bc.book.logo;
  return logo?.status === 'ok' && logo.file && bc.imageSize(logo.file) ? logo.file : undefined;
}

function band(p: Painter, bc: BookContext, x: number, width: number, height: number): void {
  const s = bc.book.settings;
  const white = bc.theme.colors.white;
  p.fullBleed(0, 0, bc.g.width, height, bc.accent);
  const file = logo(bc);
  let y = 30 * MM;
  if (file) {
    const size = bc.imageSize(file)!;
    const h = 34 * MM;
    const w = Math.min((size.width / size.height) * h, width);
    p.image(file, x, y, w, (w / size.width) * size.height);
    y += h + 8 * MM;
  }
  const city: TextStyle = { font: 'bold', size: 13, color: white, tracking: 2.4 };
  block(p, bc, bc.labels.government(s.city), city, x, Math.max(y, height - 30 * MM), width, 18);
}

/** The foot of the cover, stacked upwards from the bottom margin: edition, place and date, and the year. */
function foot(p: Painter, bc: BookContext, x: number, width: number): void {
  const s = bc.book.settings;
  const c = bc.theme.colors;
  const place = [s.place, s.date ? formatMonthYear(s.date, bc.book.lang) : undefined].filter(Boolean).join(', ');
  const year = s.date ? s.date.slice(0, 4) : String(s.period.start);
  const parts: [string, TextStyle][] = [
    ...(s.edition ? [[s.edition, { font: 'bold', size: 10.5, color: c.text }] as [string, TextStyle]] : []),
    ...(place ? [[place, { font: 'regular', size: 10.5, color: c.muted }] as [string, TextStyle]] : []),
    [year, { font: 'bold', size: 11, color: bc.accent, tracking: 1.5 }],
  ];
  let bottom = bc.g.height - 24 * MM;
  for (const [text, style] of parts.reverse()) {
    const lines = breakLines(bc.fonts, plain(text, style), width);
    const leading = style.size * 1.45;
    bottom -= lines.length * leading;
    lines.forEach((line, i) => p.line(line, x, bottom + i * leading, leading, width, 'left'));
    bottom -= 3;
  }
}

/** The cover: a band in the governance colour with logo and city, title, subtitle, period, edition and date. */
export function paintCover(p: Painter, bc: BookContext): void {
  const s = bc.book.settings;
  const g = bc.g;
  const x = g.inner;
  const width = g.measure;
  const bandHeight = g.height * 0.4;
  band(p, bc, x, width, bandHeight);
  const c = bc.theme.colors;
  let y = bandHeight + 16 * MM;
  y = block(p, bc, keepRegion(s.title), { font: 'bold', size: 27, color: c.text }, x, y, width, 34);
  const subtitle = bc.kind === 'ringkasan' ? bc.labels.executiveSummary : bc.kind === 'pratinjau' ? bc.labels.changesPreview : s.subtitle;
  if (subtitle) y = block(p, bc, subtitle, { font: 'regular', size: 14, color: c.muted }, x, y + 8, width, 19);
  p.fill(x, y + 14 * MM - 8, 42, 2.2, bc.accent);
  block(p, bc, `${s.period.start}–${s.period.end}`, { font: 'bold', size: 20, color: bc.accent }, x, y + 14 * MM, width, 26);
  foot(p, bc, x, width);
  const strip = g.width / DEFAULT_DIMENSIONS.length;
  bc.book.chapters.forEach((ch, i) => p.fullBleed(i * strip, g.height - 9, i === bc.book.chapters.length - 1 ? g.width - i * strip : strip + 0.5, 9, ch.dimension.colour));
}

/** The back cover: the book named again over a band in the governance colour, on the last (left-hand) page. */
export function paintBackCover(p: Painter, bc: BookContext): void {
  const g = bc.g;
  const s = bc.book.settings;
  const width = g.measure;
  const x = g.outer;
  const c = bc.theme.colors;
  let y = g.height * 0.38;
  y = block(p, bc, bc.labels.government(s.city), { font: 'bold', size: 11, color: bc.accent, tracking: 2 }, x, y, width, 16);
  y = block(p, bc, keepRegion(s.title), { font: 'bold', size: 16, color: c.text }, x, y + 6, width, 21);
  block(p, bc, `${bc.labels.period} ${s.period.start}–${s.period.end}`, { font: 'regular', size: 11, color: c.muted }, x, y + 4, width, 16);
  block(p, bc, bc.labels.backCover, { font: 'regular', size: 8.5, color: c.muted }, x, g.height - 30 * MM, width, 12);
  p.fullBleed(0, g.height - 22 * MM, g.width, 22 * MM, bc.accent);
}

/** Close the book with its back cover on a left-hand page, so the page count is even. */
export function drawBackCover(bc: BookContext): void {
  bc.flow.style = { ...bc.flow.style, folio: false };
  if (bc.flow.pageCount % 2 === 0) bc.flow.newPage({ style: { blank: true, folio: false, opening: true } });
  bc.flow.newPage({ style: { opening: true, folio: false } });
  bc.flow.add({ height: bc.flow.frame, marks: [{ id: '_sampul-belakang' }], paint: (p) => paintBackCover(p, bc) });
}

/** Lay out the cover as the first page. */
export function drawCover(bc: BookContext): void {
  bc.flow.style = { numbering: 'roman', folio: false };
  bc.flow.newPage({ style: { opening: true } });
  bc.flow.add({ height: bc.flow.frame, marks: [{ id: '_sampul' }], paint: (p) => paintCover(p, bc) });
}
