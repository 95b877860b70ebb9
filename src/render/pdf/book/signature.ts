import type { SignatureBlock } from '../../../model/book.ts';
import type { Box } from '../flow/box.ts';
import { breakLines } from '../text/break-lines.ts';
import { plain } from '../text/inline.ts';
import type { TextStyle } from '../text/style.ts';
import { MM, theme } from '../theme.ts';
import type { BookContext } from './context.ts';

/** Share of the text block the signature block takes, at the right. */
const WIDTH_SHARE = theme.signature.widthShare;

/**
 * A signature block closing a chapter, right-aligned: place and date, role, room to sign,
 * the name underlined, the NIP. Every box keeps with the next, so the block never breaks.
 */
export function signatureBoxes(bc: BookContext, s: SignatureBlock): Box[] {
  const width = bc.g.measure * WIDTH_SHARE;
  const offset = bc.g.measure - width;
  const text: TextStyle = { font: 'regular', size: bc.theme.body.size, color: bc.theme.colors.text };
  const bold: TextStyle = { ...text, font: 'bold' };
  const leading = bc.theme.body.leading;
  const lines = (value: string, style: TextStyle): Box[] =>
    breakLines(bc.fonts, plain(value, style), width).map((line) => ({ height: leading, keep: true, paint: (p, x, y) => p.line(line, x + offset, y, leading, width, 'center') }));
  const nameWidth = Math.min(width, bc.fonts.width('bold', s.name, text.size));
  const name: Box[] = lines(s.name, bold).map((b, n, all) =>
    n < all.length - 1 ? b : { ...b, paint: (p, x, y) => (b.paint?.(p, x, y), p.rule(x + offset + (width - nameWidth) / 2, y + leading - 2, x + offset + (width + nameWidth) / 2, y + leading - 2, bc.theme.colors.text, 0.7)) },
  );
  const boxes: Box[] = [{ height: leading, keep: true }, ...(s.placeDate ? lines(s.placeDate, text) : []), ...lines(s.role, text), { height: 20 * MM, keep: true }, ...name, ...(s.nip ? lines(`NIP. ${s.nip}`, text) : [])];
  boxes[boxes.length - 1] = { ...boxes.at(-1)!, keep: false };
  return boxes;
}
