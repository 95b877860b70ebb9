import * as fontkit from 'fontkit';
import { fontPath } from '../render/pdf/fonts.ts';
import { theme } from '../render/pdf/theme.ts';

let covered: Set<number> | undefined;

/** Code points the book's body face can draw (loaded once; the PDF theme names the face). */
export function coveredCodePoints(): ReadonlySet<number> {
  if (!covered) {
    const font = fontkit.openSync(fontPath(theme.fonts.regular)) as fontkit.Font;
    covered = new Set(font.characterSet);
  }
  return covered;
}
