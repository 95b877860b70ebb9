import { formatPlaceDate } from '../../../i18n/format.ts';
import type { Box } from '../flow/box.ts';
import type { Painter } from '../paint/painter.ts';
import { breakLines } from '../text/break-lines.ts';
import { plain } from '../text/inline.ts';
import type { TextStyle } from '../text/style.ts';
import { MM } from '../theme.ts';
import type { BookContext } from './context.ts';

function centred(p: Painter, bc: BookContext, text: string, style: TextStyle, x: number, y: number, width: number, leading: number): number {
  const lines = breakLines(bc.fonts, plain(text, style), width);
  lines.forEach((line, i) => p.line(line, x, y + i * leading, leading, width, 'center'));
  return y + lines.length * leading;
}

function signature(p: Painter, bc: BookContext, x: number, y: number, width: number): void {
  const a = bc.book.settings.approval!;
  const s = bc.book.settings;
  const text: TextStyle = { font: 'regular', size: 11, color: bc.theme.colors.text };
  const bold: TextStyle = { ...text, font: 'bold' };
  let at = centred(p, bc, formatPlaceDate(s.place, s.date, bc.book.lang), text, x, y, width, 16);
  at = centred(p, bc, a.role, bold, x, at, width, 16);
  at += 26 * MM;
  const nameWidth = bc.fonts.width('bold', a.signer, 11);
  centred(p, bc, a.signer, bold, x, at, width, 16);
  p.rule(x + (width - nameWidth) / 2, at + 14, x + (width + nameWidth) / 2, at + 14, bc.theme.colors.text, 0.7);
  if (a.nip) centred(p, bc, `NIP. ${a.nip}`, text, x, at + 18, width, 16);
}

function paintApproval(p: Painter, bc: BookContext, x: number, y: number): void {
  const s = bc.book.settings;
  const w = bc.g.measure;
  const c = bc.theme.colors;
  let at = y + 16 * MM;
  at = centred(p, bc, bc.labels.approval.toUpperCase(), { font: 'bold', size: 14, color: c.text, tracking: 1.5 }, x, at, w, 20);
  p.fill(x + (w - 42) / 2, at + 8, 42, 2, bc.accent);
  at += 30;
  at = centred(p, bc, s.title, { font: 'bold', size: 12.5, color: c.text }, x, at, w, 18);
  if (s.subtitle) at = centred(p, bc, s.subtitle, { font: 'regular', size: 11, color: c.text }, x, at + 2, w, 16);
  at = centred(p, bc, `${bc.labels.period} ${s.period.start}–${s.period.end}`, { font: 'regular', size: 11, color: c.muted }, x, at + 2, w, 16);
  at = centred(p, bc, bc.labels.approvalIntro, { font: 'regular', size: 11, color: c.text }, x + w * 0.1, at + 18 * MM, w * 0.8, 16);
  signature(p, bc, x + w * 0.45, Math.max(at + 22 * MM, y + bc.flow.frame * 0.5), w * 0.55);
}

/** Lembar Pengesahan: the book named and a signature block for the mayor. */
export function drawApproval(bc: BookContext): void {
  if (!bc.book.settings.approval) return;
  bc.flow.style = { numbering: 'roman', folio: true };
  bc.flow.newPage({ recto: true, style: { opening: true } });
  const box: Box = { height: bc.flow.frame, marks: [{ id: bc.book.anchors.approval, outline: { title: bc.labels.approval, level: 0 } }], paint: (p, x, y) => paintApproval(p, bc, x, y) };
  bc.flow.add(box);
}
