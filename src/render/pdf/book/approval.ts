import type { Signer } from '../../../model/book.ts';
import type { Box } from '../flow/box.ts';
import type { Painter } from '../paint/painter.ts';
import { breakLines } from '../text/break-lines.ts';
import { plain } from '../text/inline.ts';
import type { TextStyle } from '../text/style.ts';
import { MM, theme } from '../theme.ts';
import type { BookContext } from './context.ts';

function centred(p: Painter, bc: BookContext, text: string, style: TextStyle, x: number, y: number, width: number, leading: number): number {
  const lines = breakLines(bc.fonts, plain(text, style), width);
  lines.forEach((line, i) => p.line(line, x, y + i * leading, leading, width, 'center'));
  return y + lines.length * leading;
}

/** Height of one signer's block. */
const SIGNER_HEIGHT = theme.signature.signerHeight;

/** One signature: label, role, room to sign, the name underlined, the NIP. */
function signer(p: Painter, bc: BookContext, s: Signer, x: number, y: number, width: number): void {
  const text: TextStyle = { font: 'regular', size: 11, color: bc.theme.colors.text };
  const bold: TextStyle = { ...text, font: 'bold' };
  let at = centred(p, bc, `${s.label},`, text, x, y, width, 16);
  at = centred(p, bc, s.role, bold, x, at, width, 16);
  at = Math.max(at, y + 48) + 22 * MM;
  const nameWidth = Math.min(width, bc.fonts.width('bold', s.name, 11));
  at = centred(p, bc, s.name, bold, x, at, width, 16);
  p.rule(x + (width - nameWidth) / 2, at - 2, x + (width + nameWidth) / 2, at - 2, bc.theme.colors.text, 0.7);
  if (s.nip) centred(p, bc, `NIP. ${s.nip}`, text, x, at + 2, width, 16);
}

/** Signers in a grid: one on the right half, two side by side, three or four in two rows. */
function signers(p: Painter, bc: BookContext, list: readonly Signer[], x: number, y: number): void {
  const w = bc.g.measure;
  if (list.length === 1) return signer(p, bc, list[0]!, x + w * 0.45, y, w * 0.55);
  const columns = 2;
  const cell = w / columns;
  list.forEach((s, n) => {
    const row = Math.floor(n / columns);
    const inRow = Math.min(columns, list.length - row * columns);
    const offset = inRow === 1 ? (w - cell) / 2 : (n % columns) * cell;
    signer(p, bc, s, x + offset + 6, y + row * SIGNER_HEIGHT, cell - 12);
  });
}

function paintApproval(p: Painter, bc: BookContext, x: number, y: number): void {
  const sheet = bc.book.approval!;
  const s = bc.book.settings;
  const w = bc.g.measure;
  const c = bc.theme.colors;
  let at = y + 10 * MM;
  at = centred(p, bc, bc.labels.approval.toUpperCase(), { font: 'bold', size: 14, color: c.text, tracking: 1.5 }, x, at, w, 20);
  p.fill(x + (w - 42) / 2, at + 8, 42, 2, bc.accent);
  at += 28;
  at = centred(p, bc, s.title, { font: 'bold', size: 12.5, color: c.text }, x, at, w, 18);
  if (s.subtitle) at = centred(p, bc, s.subtitle, { font: 'regular', size: 11, color: c.text }, x, at + 2, w, 16);
  at = centred(p, bc, `${bc.labels.period} ${s.period.start}–${s.period.end}`, { font: 'regular', size: 11, color: c.muted }, x, at + 2, w, 16);
  at = centred(p, bc, sheet.statement, { font: 'regular', size: 11, color: c.text }, x + w * 0.1, at + 12 * MM, w * 0.8, 16);
  if (sheet.regulation) at = centred(p, bc, `${bc.labels.adoptedBy} ${sheet.regulation}`, { font: 'bold', size: 11, color: c.text }, x + w * 0.1, at + 6, w * 0.8, 16);
  const rows = Math.ceil(sheet.signers.length / 2);
  const top = Math.min(Math.max(at + 14 * MM, y + bc.flow.frame * 0.42), y + bc.flow.frame - rows * SIGNER_HEIGHT - 20);
  if (sheet.placeDate) centred(p, bc, sheet.placeDate, { font: 'regular', size: 11, color: c.text }, x + w * 0.45, top, w * 0.55, 16);
  signers(p, bc, sheet.signers, x, top + 22);
}

/** Lembar Pengesahan: the book named, the regulation that adopts it, and its signers. */
export function drawApproval(bc: BookContext): void {
  if (!bc.book.approval) return;
  bc.flow.style = { numbering: 'roman', folio: true };
  bc.flow.newPage({ recto: true, style: { opening: true } });
  const box: Box = { height: bc.flow.frame, marks: [{ id: bc.book.anchors.approval, outline: { title: bc.labels.approval, level: 0 } }], paint: (p, x, y) => paintApproval(p, bc, x, y) };
  bc.flow.add(box);
}
