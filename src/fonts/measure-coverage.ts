import * as fontkit from 'fontkit';
import { fontPath } from '../render/pdf/fonts.ts';
import { theme } from '../render/pdf/theme.ts';
import { toRanges } from './coverage-ranges.ts';

/** Code point ranges the theme's body face draws, read from the font file itself (slow: loads fontkit). */
export function measureCoverage(): [number, number][] {
  const font = fontkit.openSync(fontPath(theme.fonts.regular)) as fontkit.Font;
  return toRanges(font.characterSet);
}
